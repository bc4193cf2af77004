/// Compiled phrases of one language indexed by their first word, so that a narrative is scanned
/// once and each token only meets the phrases that can start with it.
public struct PhraseIndex: Sendable {
    public private(set) var phrases: [CompiledPhrase] = []
    var byStem: [String: [Int]] = [:]
    var byExact: [String: [Int]] = [:]
    var byPrefixKey: [String: [Int]] = [:]
    var byHead: [(stem: String, phrase: Int)] = []
    var byNumber: [Int] = []
    /// The first three letters of every stem any phrase compares with: a token whose first letters are
    /// not here cannot equal such a stem, so it need not be stemmed.
    var stemKeys: Set<String> = []
    /// True when some phrase has a `+word` compound head, which needs stems of long words.
    var hasCompoundHeads = false

    public init() {}

    /// Adds a phrase.
    public mutating func add(_ phrase: CompiledPhrase) {
        let id = phrases.count
        phrases.append(phrase)
        for term in phrase.terms {
            for form in term.forms {
                switch form {
                case .stem(let stem, _), .compoundModifier(_, let stem): stemKeys.insert(Self.key(stem))
                case .compoundHead(let stem): stemKeys.insert(Self.key(stem)); hasCompoundHeads = true
                default: break
                }
            }
        }
        guard let first = phrase.terms.first else { return }
        for form in first.forms {
            switch form {
            case .stem(let stem, let surface):
                byStem[stem, default: []].append(id)
                if surface != stem { byExact[surface, default: []].append(id) }
            case .exact(let word): byExact[word, default: []].append(id)
            case .prefix(let prefix): byPrefixKey[Self.key(prefix), default: []].append(id)
            case .compoundModifier(let surface, let stem):
                byStem[stem, default: []].append(id)
                byPrefixKey[Self.key(surface), default: []].append(id)
            case .compoundHead(let stem):
                byStem[stem, default: []].append(id)
                byHead.append((stem, id))
            case .number: byNumber.append(id)
            }
        }
    }

    /// The first three Unicode scalars of a word (all of it when shorter).
    static func key(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars.prefix(3) { scalars.append(scalar) }
        return String(scalars)
    }
}
