/// Where the catalog's context modifiers reach in one narrative: which sentences tell of the past,
/// whether the story is over, and where a question or a condition starts in its sentence.
struct ModifierScope {
    /// Per sentence: tells of the past.
    private var historical: [Bool]
    private var resolved = false
    /// Per sentence: the first token of a question ("asks whether"), a condition ("if", "hvis") or a
    /// sentence-long negation; Int.max where there is none.
    private var question: [Int]
    private var hypothetical: [Int]
    private var negated: [Int]
    /// Per sentence: holds a condition word.
    private var conditional: [Bool]
    /// Token ranges covered by pseudo-triggers.
    private var pseudo: [ClosedRange<Int>] = []
    /// The call rules exploitation out.
    private(set) var excludesExploitation = false
    /// The worker is said to be free (contract, own home, can leave).
    private(set) var workerFree = false

    init(matches: [PhraseMatch], targets: [MatchTarget], sentenceCount: Int) {
        historical = [Bool](repeating: false, count: sentenceCount)
        question = [Int](repeating: .max, count: sentenceCount)
        hypothetical = question
        conditional = historical
        negated = question
        // A modifier is a trigger, not evidence: a negation before it ("would not say more and
        // denies that ...") does not switch it off.
        for match in matches {
            guard case .modifier(let modifier) = targets[match.target] else { continue }
            switch modifier {
            case .historical: historical[match.sentence] = true
            case .resolved: resolved = true
            case .question: question[match.sentence] = min(question[match.sentence], match.firstToken)
            case .hypothetical: hypothetical[match.sentence] = min(hypothetical[match.sentence], match.firstToken)
            case .negated: negated[match.sentence] = min(negated[match.sentence], match.firstToken)
            case .pseudo: pseudo.append(match.firstToken...match.lastToken)
            case .noExploitation: excludesExploitation = true
            case .free: workerFree = true
            case .conditional: conditional[match.sentence] = true
            }
        }
    }

    /// True when `match` is no evidence: it tells of a past that is over, follows a question about
    /// what may be done or a sentence-long negation, or starts inside a pseudo-trigger.
    func isOverOrAsked(_ match: PhraseMatch) -> Bool {
        if resolved && historical[match.sentence] { return true }
        // A relation can start before the question or negation and reach into it ("the owner asks
        // whether he may keep the passports"): what matters is that its words run on past the trigger.
        if question[match.sentence] < match.lastToken { return true }
        if negated[match.sentence] < match.lastToken { return true }
        // A shorter look-alike inside a pseudo-trigger is blocked; a phrase covering all of it is not.
        if pseudo.contains(where: { $0.contains(match.firstToken)
            && !(match.firstToken <= $0.lowerBound && match.lastToken >= $0.upperBound) }) { return true }
        return false
    }

    /// True when `match` stands in a sentence with a condition anywhere in it.
    func isInConditionalSentence(_ match: PhraseMatch) -> Bool {
        conditional[match.sentence]
    }

    /// True when `match` follows a condition or threat in its sentence ("if he leaves, he will be arrested").
    func isHypothetical(_ match: PhraseMatch) -> Bool {
        if hypothetical[match.sentence] < match.firstToken { return true }
        return false
    }
}
