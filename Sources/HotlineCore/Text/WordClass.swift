/// The closed word classes of a `CueLexicon` as bits, so that one dictionary lookup per token
/// tells the analyser everything it needs about a word.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let negation = WordClass(rawValue: 1 << 0)
    public static let shortNegation = WordClass(rawValue: 1 << 1)
    public static let hedge = WordClass(rawValue: 1 << 2)
    public static let disclosure = WordClass(rawValue: 1 << 3)
    public static let contrast = WordClass(rawValue: 1 << 4)
    public static let clauseStarter = WordClass(rawValue: 1 << 5)
    public static let listConjunction = WordClass(rawValue: 1 << 6)
    public static let relative = WordClass(rawValue: 1 << 7)
    public static let falseFriend = WordClass(rawValue: 1 << 8)
    public static let knowledge = WordClass(rawValue: 1 << 9)
    public static let relativePronoun = WordClass(rawValue: 1 << 10)
    /// A number written as a word (its value is in `PhraseIndex.numberWords`).
    public static let numberWord = WordClass(rawValue: 1 << 11)

    /// The classes each word of `lexicon` belongs to.
    public static func table(for lexicon: CueLexicon) -> [String: WordClass] {
        var table: [String: WordClass] = [:]
        let sets: [(Set<String>, WordClass)] = [
            (lexicon.negations, .negation), (lexicon.shortNegations, [.negation, .shortNegation]),
            (lexicon.hedges, .hedge), (lexicon.disclosures, .disclosure), (lexicon.contrasts, .contrast),
            (lexicon.clauseStarters, .clauseStarter), (lexicon.listConjunctions, .listConjunction),
            (lexicon.relatives, .relative), (lexicon.falseFriends, .falseFriend), (lexicon.knowledgeWords, .knowledge),
            (lexicon.relativePronouns, .relativePronoun),
        ]
        for (words, wordClass) in sets {
            for word in words { table[word, default: []].formUnion(wordClass) }
        }
        return table
    }
}
