/// A catalog phrase stemmed for one language, ready to match, with the index of what it evidences.
public struct CompiledPhrase: Sendable, Equatable {
    /// One way to fill a position, with stems precomputed.
    public enum Form: Sendable, Equatable, Hashable {
        /// Any word with this stem; `surface` is the word as written, which always matches.
        case stem(String, surface: String)
        case prefix(String)
        case compoundModifier(surface: String, stem: String)
        case compoundHead(stem: String)
        case exact(String)
        case number(minimum: Int, maximum: Int)
    }

    public struct Term: Sendable, Equatable {
        public var forms: [Form]
        public var maximumGap: Int
        public var crossesSentences: Bool
    }

    public var terms: [Term]
    /// What a match evidences (an index chosen by whoever compiles the phrases).
    public var target: Int

    /// Stems a parsed phrase with `stemmer`.
    public init(_ syntax: PhraseSyntax, target: Int, stemmer: inout any Stemmer) {
        self.target = target
        terms = syntax.terms.map { term in
            Term(forms: term.forms.map { form -> Form in
                switch form {
                case .word(let word): .stem(stemmer.stem(word), surface: word)
                case .prefix(let prefix): .prefix(prefix)
                case .compoundModifier(let word): .compoundModifier(surface: word, stem: stemmer.stem(word))
                case .compoundHead(let word): .compoundHead(stem: stemmer.stem(word))
                case .exact(let word): .exact(word)
                case .number(let minimum, let maximum): .number(minimum: minimum, maximum: maximum)
                }
            }, maximumGap: term.maximumGap, crossesSentences: term.crossesSentences)
        }
    }
}
