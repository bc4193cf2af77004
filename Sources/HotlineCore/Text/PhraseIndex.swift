/// The compiled phrases of one language, indexed for a single left-to-right scan.
///
/// Every word a phrase compares with (as written, or as a stem) is interned to an integer id, and so
/// is every lexicon word, with its `WordClass` bits. Per narrative token the analyser then does one
/// dictionary lookup for the token and, only when the token could have a catalog stem, one Snowball
/// call and one lookup for the stem; matching itself compares integers.
public struct PhraseIndex: Sendable {
    public private(set) var phrases: [CompiledPhrase] = []
    /// Interned words: phrase words, their stems, lexicon words.
    /// Interned words keyed by their UTF-8 bytes (ids are dense, in order of interning).
    private var table = WordTable()
    /// Word classes per id.
    private(set) var classes: [WordClass] = []
    /// Phrases whose first position accepts the word with this id (as written or as a stem).
    private(set) var firstByID: [[Int32]] = []
    /// Phrases whose first position is a prefix or compound modifier (`word*`, `word+`), by the
    /// hashed start of the prefix (prefixes have at least three letters).
    private(set) var firstByPrefix: [Int: [(prefix: String, phrase: Int32)]] = [:]
    /// Phrases whose first position is a compound head (`+word`).
    private(set) var firstByHead: [(stem: String, phrases: [Int32])] = []
    /// Where each head stem sits in `firstByHead` (one entry per distinct head, however many phrases).
    private var headSlot: [String: Int] = [:]
    /// Phrases whose first position is a number.
    private(set) var firstByNumber: [Int32] = []
    /// Topic word sequences as ids.
    private(set) var topics: [[Int32]] = []
    /// One instance per distinct term (see `add`).
    private var sharedTerms: [TermKey: CompiledPhrase.Term] = [:]

    /// What makes two terms the same.
    private struct TermKey: Hashable {
        var forms: [CompiledPhrase.Form]
        var maximumGap: Int
        var crossesSentences: Bool
        init(_ term: CompiledPhrase.Term) {
            forms = term.forms
            maximumGap = term.maximumGap
            crossesSentences = term.crossesSentences
        }
    }
    /// Numbers written as words, by word id.
    private(set) var numberWords: [Int32: Int] = [:]
    /// A bit per hashed three-letter start of every stem a phrase compares with: a token whose start
    /// has no bit cannot have such a stem, so it is not stemmed.
    private var stemStarts = [UInt64](repeating: 0, count: StemStart.words)
    /// True when some phrase has a compound head, which needs stems of long words.
    private(set) var hasCompoundHeads = false
    /// Per phrase, per position: the word ids that can fill it, or nil when the position also takes
    /// prefixes, compounds or numbers. A phrase whose positions cannot all be filled by the words of a
    /// narrative is never tried on it.
    private(set) var requirements: [[[Int32]?]] = []
    /// Number of word ids.
    var wordCount: Int { classes.count }

    public init(lexicon: CueLexicon) {
        for (word, wordClass) in WordClass.table(for: lexicon) {
            let id = intern(word)
            classes[Int(id)].formUnion(wordClass)
        }
        topics = lexicon.topics.map { $0.map { intern($0) } }
        for (word, value) in lexicon.numberWords { numberWords[intern(word)] = value }
    }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: String) -> Int32 {
        let id = table.intern(word)
        if Int(id) < classes.count { return id }
        classes.append([])
        firstByID.append([])
        return id
    }

    /// The id of `word`, or -1 when no phrase or lexicon entry uses it.
    func id(of word: String) -> Int32 { table.find(word) }

    /// Notes a stem that phrases compare with (for the stemming pre-filter).
    mutating func noteStem(_ stem: String) {
        let bit = StemStart.bit(stem)
        stemStarts[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// A bit per hashed three-letter start of every first-position prefix.
    private var prefixStarts = [UInt64](repeating: 0, count: StemStart.words)

    mutating func notePrefix(_ prefix: String) {
        let bit = StemStart.bit(prefix)
        prefixStarts[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// True when some phrase may start with a prefix of a word starting like this (bit from `StemStart`).
    func mayStartWithPrefix(bit: Int) -> Bool { prefixStarts[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    /// True when a token starting like `word` may have a catalog stem.
    func mayHaveCatalogStem(_ word: String) -> Bool { mayHaveCatalogStem(bit: StemStart.bit(word)) }

    /// True when a token whose start hashes to `bit` may have a catalog stem.
    func mayHaveCatalogStem(bit: Int) -> Bool { stemStarts[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    /// Adds a compiled phrase.
    public mutating func add(_ phrase: CompiledPhrase) {
        let id = Int32(phrases.count)
        // Equal terms are one object: the variants of a word-class relation share their large terms,
        // so the matcher's working set stays small.
        var phrase = phrase
        for position in phrase.terms.indices {
            let term = phrase.terms[position]
            let key = TermKey(term)
            if let shared = sharedTerms[key] { phrase.terms[position] = shared } else { sharedTerms[key] = term }
        }
        phrases.append(phrase)
        requirements.append(phrase.terms.map { term -> [Int32]? in
            var ids: [Int32] = []
            for form in term.forms {
                switch form {
                case .word(let surface, let stem): ids.append(surface); ids.append(stem)
                case .exact(let surface): ids.append(surface)
                default: return nil
                }
            }
            return ids
        })
        for term in phrase.terms {
            for form in term.forms {
                if case .compoundHead = form { hasCompoundHeads = true }
            }
        }
        guard let first = phrase.terms.first else { return }
        for form in first.forms {
            switch form {
            case .word(let surface, let stem):
                firstByID[Int(surface)].append(id)
                if stem != surface { firstByID[Int(stem)].append(id) }
            case .exact(let surface): firstByID[Int(surface)].append(id)
            case .prefix(let prefix):
                firstByPrefix[StemStart.bit(prefix), default: []].append((prefix, id))
                notePrefix(prefix)
            case .compoundModifier(let surface, let stem):
                firstByID[Int(stem)].append(id)
                firstByPrefix[StemStart.bit(surface), default: []].append((surface, id))
                notePrefix(surface)
            case .compoundHead(let stemText, let stem):
                firstByID[Int(stem)].append(id)
                if let slot = headSlot[stemText] {
                    firstByHead[slot].phrases.append(id)
                } else {
                    headSlot[stemText] = firstByHead.count
                    firstByHead.append((stemText, [id]))
                }
            case .number: firstByNumber.append(id)
            }
        }
    }
}

/// Hashes the first three Unicode scalars of a word into a bit position (no allocation).
enum StemStart {
    static let bits = 1 << 16
    static let words = bits / 64

    static func bit(_ word: String) -> Int {
        var hash: UInt32 = 2_166_136_261
        var count = 0
        for scalar in word.unicodeScalars {
            hash = (hash ^ scalar.value) &* 16_777_619
            count += 1
            if count == 3 { break }
        }
        return Int(hash & UInt32(bits - 1))
    }
}
