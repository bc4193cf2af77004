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
    /// A negation that reaches to the end of its sentence ("ingen tegn på, at ...", "denies that anyone
    /// ...", "there is nothing to suggest ..."): what follows it is not evidence.
    case negated
    /// A pseudo-trigger: words that look like evidence but are not ("the pub owes him wages" is no debt
    /// of his). No evidence may start inside its span.
    case pseudo
    /// The call rules exploitation out ("her own job and her own money", "nobody makes her work"):
    /// coercion with no act and no purpose is then not a trafficking indicator (domestic violence
    /// without exploitation).
    case noExploitation = "no_exploitation"
    /// The worker is free: can leave, has a contract or a home of their own. Without coercion the
    /// call is a labour-rights dispute (`policy.screening.free_worker_cap`).
    case free
    /// A condition word ("hvis", "if", "unless"): anywhere in its sentence it makes custody a threat,
    /// whichever side of the condition the custody word stands on ("the police will come and
    /// arrest him if he leaves the farm").
    case conditional
}
