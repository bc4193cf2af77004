/// ConText-style modifiers (Chapman et al.; see the catalog's `context:` section): phrases that change
/// what the evidence near them means rather than being evidence themselves.
public enum ContextModifier: String, Sendable, Codable, CaseIterable {
    /// The sentence tells of the past ("ten years ago", "for tolv år siden", "in 2019").
    case historical
    /// The story is over now ("no contact since", "now lives safely", "er i dag dansk statsborger").
    /// Only with this does a historical sentence stop being evidence: a past beating with a present
    /// hold on the person still counts.
    case resolved
    /// The caller asks about a rule or a plan ("asks whether he may keep", "spørger, om han må"):
    /// what follows the question in its sentence did not happen.
    case question
    /// A condition or a threat ("if he leaves", "hvis hun går", "threatens to have him arrested"): the
    /// harm it names did not happen, so it is never custody (it is still evidence of a threat).
    case hypothetical
}
