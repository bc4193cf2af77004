/// A catalog phrase stemmed for one language and interned into a `PhraseIndex`, with what it evidences.
public struct CompiledPhrase: Sendable, Equatable {
    /// One way to fill a position. Ids are `PhraseIndex` word ids.
    public enum Form: Sendable, Equatable, Hashable {
        /// The word as written, or any word with its stem.
        case word(surface: Int32, stem: Int32)
        case prefix(String)
        case compoundModifier(surface: String, stem: Int32)
        case compoundHead(stemText: String, stem: Int32)
        case exact(Int32)
        case number(minimum: Int, maximum: Int)
    }

    /// One position of the phrase. A class, so the matcher's inner loop reads a term through one
    /// reference instead of copying its arrays at every step.
    public final class Term: Sendable, Equatable {
        public let forms: [Form]
        public let maximumGap: Int
        public let crossesSentences: Bool
        /// The term's alternatives by id: the surface ids of its words, the stem ids of its words and
        /// compound parts, and the forms that need the word's text (prefixes, compounds, numbers).
        let byID: ByID

        struct ByID: Sendable, Equatable {
            var surfaces: WordIDSet
            var stems: WordIDSet
            var textual: [Form]
        }

        init(forms: [Form], maximumGap: Int, crossesSentences: Bool) {
            self.forms = forms
            self.maximumGap = maximumGap
            self.crossesSentences = crossesSentences
            var lookup = ByID(surfaces: WordIDSet(), stems: WordIDSet(), textual: [])
            for form in forms {
                switch form {
                case .word(let surface, let stem):
                    lookup.surfaces.insert(surface)
                    lookup.stems.insert(stem)
                case .exact(let surface):
                    lookup.surfaces.insert(surface)
                case .compoundModifier(_, let stem), .compoundHead(_, let stem):
                    lookup.stems.insert(stem)
                    lookup.textual.append(form)
                case .prefix, .number:
                    lookup.textual.append(form)
                }
            }
            byID = lookup
        }

        public static func == (lhs: Term, rhs: Term) -> Bool {
            lhs.forms == rhs.forms && lhs.maximumGap == rhs.maximumGap && lhs.crossesSentences == rhs.crossesSentences
        }
    }

    public var terms: [Term]
    /// What a match evidences (an index chosen by whoever compiles the phrases).
    public var target: Int
    /// True when some word stemmed to nothing (the phrase cannot be used).
    public var hasEmptyStem = false

    /// Stems a parsed phrase with `stemmer` and interns its words into `index` (the phrase is not added).
    public init(_ syntax: PhraseSyntax, target: Int, stemmer: inout any Stemmer, index: inout PhraseIndex) {
        self.target = target
        var empty = false
        terms = syntax.terms.map { term in
            Term(forms: term.forms.map { form -> Form in
                switch form {
                case .word(let word):
                    let stem = stemmer.stem(word)
                    if stem.isEmpty { empty = true }
                    index.noteStem(stem)
                    return .word(surface: index.intern(word), stem: index.intern(stem))
                case .prefix(let prefix):
                    return .prefix(prefix)
                case .compoundModifier(let word):
                    let stem = stemmer.stem(word)
                    if stem.isEmpty { empty = true }
                    index.noteStem(stem)
                    return .compoundModifier(surface: word, stem: index.intern(stem))
                case .compoundHead(let word):
                    let stem = stemmer.stem(word)
                    if stem.isEmpty { empty = true }
                    index.noteStem(stem)
                    return .compoundHead(stemText: stem, stem: index.intern(stem))
                case .exact(let word):
                    return .exact(index.intern(word))
                case .number(let minimum, let maximum):
                    return .number(minimum: minimum, maximum: maximum)
                }
            }, maximumGap: term.maximumGap, crossesSentences: term.crossesSentences)
        }
        hasEmptyStem = empty
    }
}
