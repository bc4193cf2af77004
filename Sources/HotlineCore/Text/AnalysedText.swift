/// A narrative tokenised once, with what the matcher asks about each token: its stem (computed on
/// demand and cached), which negation cue governs it, and whether its sentence is hedged or told.
public struct AnalysedText {
    public let tokens: [Token]
    public let language: Language
    public let lexicon: CueLexicon
    /// For each token, the index of the negation cue governing it, or -1.
    public let governingCue: [Int]
    /// Per sentence: holds a hedge ("måske", "suspects").
    public let hedgedSentences: [Bool]
    /// Per sentence: holds a verb of telling ("fortæller", "told").
    public let toldSentences: [Bool]
    /// Per token: part of a topic mention ("forced labour" asked about), never evidence.
    public let masked: [Bool]

    private var stems: [String?]
    private var stemmer: (any Stemmer)?
    private var cache: [String: String] = [:]

    public init(tokens: [Token], language: Language, lexicon: CueLexicon, stemmer: (any Stemmer)?) {
        self.tokens = tokens
        self.language = language
        self.lexicon = lexicon
        self.stemmer = stemmer
        governingCue = NegationScope.governingCues(in: tokens, lexicon: lexicon)
        let sentenceCount = (tokens.last?.sentence ?? -1) + 1
        var hedged = [Bool](repeating: false, count: sentenceCount)
        var told = [Bool](repeating: false, count: sentenceCount)
        for (index, token) in tokens.enumerated() {
            // "maybe 10 years old" approximates a number; it does not make the sentence a guess.
            if lexicon.hedges.contains(token.text), !(index + 1 < tokens.count && tokens[index + 1].number != nil) {
                hedged[token.sentence] = true
            }
            if lexicon.disclosures.contains(token.text) { told[token.sentence] = true }
        }
        hedgedSentences = hedged
        toldSentences = told
        var masked = [Bool](repeating: false, count: tokens.count)
        if !lexicon.topics.isEmpty {
            for start in tokens.indices {
                for topic in lexicon.topics where start + topic.count <= tokens.count {
                    if zip(topic, tokens[start..<(start + topic.count)]).allSatisfy({ $0 == $1.text }) {
                        for index in start..<(start + topic.count) { masked[index] = true }
                    }
                }
            }
        }
        self.masked = masked
        stems = [String?](repeating: nil, count: tokens.count)
        cache.reserveCapacity(tokens.count / 2)
    }

    /// The stem of token `index`.
    public mutating func stem(at index: Int) -> String {
        if let known = stems[index] { return known }
        let text = tokens[index].text
        let result: String
        if let cached = cache[text] {
            result = cached
        } else {
            if stemmer != nil { result = stemmer!.stem(text) } else { result = text }
            cache[text] = result
        }
        stems[index] = result
        return result
    }
}
