/// A narrative tokenised once, with what the matcher asks about each token: its word id and classes,
/// its stem (computed on demand, only when it could be a catalog stem), which negation cue governs
/// it, and whether its sentence is hedged or told.
public struct AnalysedText {
    public let tokens: [Token]
    public let language: Language
    /// Per token: the `PhraseIndex` id of the word as written, or -1.
    let surface: [Int32]
    /// Per token: its lexicon classes.
    let classes: [WordClass]
    /// Per token: the hashed start of the word (`StemStart`).
    let startBits: [Int32]
    /// Per token: long enough to be a compound.
    let isLong: [Bool]
    /// Per token: the index of the negation cue governing it, or -1.
    public let governingCue: [Int]
    /// Per token: a negation about knowledge ("does not know if ..."): even phrases that contain it
    /// are not evidence.
    public let epistemicCue: [Bool]
    /// Per sentence: the index of its first hedge ("måske", "suspects"), or Int.max. A hedge qualifies
    /// what follows it in the sentence ("seems afraid of him"), not what came before.
    public let firstHedge: [Int]
    /// Per sentence: holds a verb of telling ("fortæller", "told").
    public let toldSentences: [Bool]
    /// Per token: part of a topic mention ("forced labour" asked about), never evidence.
    public let masked: [Bool]

    /// Per word id of the index: true when some token has it as its word or stem.
    let present: [Bool]
    private var stemIDs: [Int32]
    private var stemTexts: [String?]
    private var stemmer: (any Stemmer)?
    private var cache: [String: String] = [:]

    public init(tokens: [Token], language: Language, index: PhraseIndex, stemmer: (any Stemmer)?) {
        self.tokens = tokens
        self.language = language
        self.stemmer = stemmer
        // One lookup per distinct word: its id as written and the id of its stem.
        var surface = [Int32](repeating: -1, count: tokens.count)
        var classes = [WordClass](repeating: [], count: tokens.count)
        var stemIDs = [Int32](repeating: -1, count: tokens.count)
        var present = [Bool](repeating: false, count: index.wordCount)
        var memo: [String: (surface: Int32, stem: Int32, stemText: String?, bit: Int32)] = [:]
        var startBits = [Int32](repeating: 0, count: tokens.count)
        var isLong = [Bool](repeating: false, count: tokens.count)
        var stemTexts = [String?](repeating: nil, count: tokens.count)
        memo.reserveCapacity(tokens.count)
        var stemmer = stemmer
        for position in tokens.indices {
            let text = tokens[position].text
            let ids: (surface: Int32, stem: Int32, stemText: String?, bit: Int32)
            if let known = memo[text] {
                ids = known
            } else {
                let id = index.id(of: text)
                var stem: Int32 = -1
                var stemText: String? = nil
                let isFalseFriend = id >= 0 && index.classes[Int(id)].contains(.falseFriend)
                let bit = StemStart.bit(text)
                let mayBeStem = index.mayHaveCatalogStem(bit: bit)
                let mayBeCompound = index.hasCompoundHeads && text.utf8.count >= PhraseMatcher.compoundLength
                if !isFalseFriend && (mayBeStem || mayBeCompound) {
                    let stemmed = stemmer?.stem(text) ?? text
                    stemText = stemmed
                    if mayBeStem { stem = index.id(of: stemmed) }
                }
                ids = (id, stem, stemText, Int32(bit))
                memo[text] = ids
            }
            surface[position] = ids.surface
            stemIDs[position] = ids.stem
            stemTexts[position] = ids.stemText
            startBits[position] = ids.bit
            isLong[position] = text.utf8.count >= PhraseMatcher.compoundLength
            if ids.surface >= 0 {
                classes[position] = index.classes[Int(ids.surface)]
                present[Int(ids.surface)] = true
            }
            if ids.stem >= 0 { present[Int(ids.stem)] = true }
        }
        self.surface = surface
        self.classes = classes
        self.startBits = startBits
        self.isLong = isLong
        (governingCue, epistemicCue) = NegationScope.governingCues(in: tokens, classes: classes)

        let sentenceCount = (tokens.last?.sentence ?? -1) + 1
        var hedged = [Int](repeating: Int.max, count: sentenceCount)
        var told = [Bool](repeating: false, count: sentenceCount)
        for position in tokens.indices {
            let wordClass = classes[position]
            // "maybe 10 years old" approximates a number; it does not make the sentence a guess.
            if wordClass.contains(.hedge), !(position + 1 < tokens.count && tokens[position + 1].number != nil) {
                hedged[tokens[position].sentence] = min(hedged[tokens[position].sentence], position)
            }
            if wordClass.contains(.disclosure) { told[tokens[position].sentence] = true }
        }
        firstHedge = hedged
        toldSentences = told

        var masked = [Bool](repeating: false, count: tokens.count)
        for topic in index.topics where !topic.isEmpty && !topic.contains(-1) {
            for start in tokens.indices where surface[start] == topic[0] && start + topic.count <= tokens.count {
                if (1..<topic.count).allSatisfy({ surface[start + $0] == topic[$0] }) {
                    for position in start..<(start + topic.count) { masked[position] = true }
                }
            }
        }
        self.masked = masked
        self.stemTexts = stemTexts
        self.stemmer = stemmer
        self.stemIDs = stemIDs
        self.present = present
    }

    /// True when token `position` is a word the lexicon marks as a false friend of a stem.
    func isFalseFriend(_ position: Int) -> Bool { classes[position].contains(.falseFriend) }

    /// The id of token `position`'s stem, or -1 when no phrase uses that stem.
    public func stemID(at position: Int) -> Int32 { stemIDs[position] }

    /// The stem of token `position`.
    public mutating func stemText(at position: Int) -> String {
        if let known = stemTexts[position] { return known }
        let text = tokens[position].text
        let result: String
        if let cached = cache[text] {
            result = cached
        } else {
            if stemmer != nil { result = stemmer!.stem(text) } else { result = text }
            cache[text] = result
        }
        stemTexts[position] = result
        return result
    }
}
