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
    /// Per distinct word: the value of a number written as a word, or -1; empty when there is none.
    let wordNumbers: [Int]
    /// Per token: part of a topic mention ("forced labour" asked about), never evidence.
    public let masked: [Bool]

    /// Per word id of the index: true when some token has it as its word or stem.
    let present: [Bool]
    /// Per token: the id of its word among the narrative's distinct words (`TokenizedText.word`).
    let word: [Int32]
    /// The narrative's distinct words, by id.
    let words: [String]
    private var stemIDs: [Int32]
    /// Per distinct word: its stem, once computed.
    private var wordStems: [String?]
    private var stemmer: (any Stemmer)?

    public init(tokens: [Token], language: Language, index: PhraseIndex, stemmer: (any Stemmer)?) {
        self.init(TokenizedText(tokens: tokens), language: language, index: index, stemmer: stemmer)
    }

    init(_ tokenized: TokenizedText, language: Language, index: PhraseIndex, stemmer: (any Stemmer)?) {
        let tokens = tokenized.tokens
        self.tokens = tokens
        self.language = language
        self.word = tokenized.word
        // One lookup per distinct word. Danish without æøå ("faar", "goer") is read with the letters
        // restored, unless the catalog knows the word as written; numbers written as words ("tolv",
        // "twelve") count as numbers.
        var readWords = tokenized.words
        var writtenIDs = [Int32](repeating: -1, count: readWords.count)
        var numbers: [Int] = []
        for (wordID, text) in readWords.enumerated() {
            var id = index.id(of: text)
            if id < 0 && language == .danish, let restored = DanishSpelling.restored(text) {
                readWords[wordID] = restored
                id = index.id(of: restored)
            }
            writtenIDs[wordID] = id
            if id >= 0, index.classes[Int(id)].contains(.numberWord), let value = index.numberWords[id] {
                if numbers.isEmpty { numbers = [Int](repeating: -1, count: readWords.count) }
                numbers[wordID] = value
            }
        }
        self.words = readWords
        self.wordNumbers = numbers
        // One lookup per distinct word: its id as written and the id of its stem.
        let wordCount = tokenized.words.count
        var wordSurface = [Int32](repeating: -1, count: wordCount)
        var wordStem = [Int32](repeating: -1, count: wordCount)
        var wordStems = [String?](repeating: nil, count: wordCount)
        var wordBit = [Int32](repeating: 0, count: wordCount)
        var wordIsLong = [Bool](repeating: false, count: wordCount)
        var wordClasses = [WordClass](repeating: [], count: wordCount)
        var present = [Bool](repeating: false, count: index.wordCount)
        var stemmer = stemmer
        for (wordID, text) in readWords.enumerated() {
            let id = writtenIDs[wordID]
            var stem: Int32 = -1
            let isFalseFriend = id >= 0 && index.classes[Int(id)].contains(.falseFriend)
            let bit = StemStart.bit(text)
            let mayBeStem = index.mayHaveCatalogStem(bit: bit)
            let isLong = text.utf8.count >= PhraseMatcher.compoundLength
            let mayBeCompound = index.hasCompoundHeads && isLong
            if !isFalseFriend && (mayBeStem || mayBeCompound) {
                let stemmed = stemmer?.stem(text) ?? text
                wordStems[wordID] = stemmed
                if mayBeStem { stem = index.id(of: stemmed) }
            }
            wordSurface[wordID] = id
            wordStem[wordID] = stem
            wordBit[wordID] = Int32(bit)
            wordIsLong[wordID] = isLong
            if id >= 0 {
                wordClasses[wordID] = index.classes[Int(id)]
                present[Int(id)] = true
            }
            if stem >= 0 { present[Int(stem)] = true }
        }
        var surface = [Int32](repeating: -1, count: tokens.count)
        var classes = [WordClass](repeating: [], count: tokens.count)
        var stemIDs = [Int32](repeating: -1, count: tokens.count)
        var startBits = [Int32](repeating: 0, count: tokens.count)
        var isLong = [Bool](repeating: false, count: tokens.count)
        for (position, wordID) in tokenized.word.enumerated() {
            let wordID = Int(wordID)
            surface[position] = wordSurface[wordID]
            stemIDs[position] = wordStem[wordID]
            startBits[position] = wordBit[wordID]
            isLong[position] = wordIsLong[wordID]
            classes[position] = wordClasses[wordID]
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
        self.wordStems = wordStems
        self.stemmer = stemmer
        self.stemIDs = stemIDs
        self.present = present
    }

    /// True when token `position` is a word the lexicon marks as a false friend of a stem.
    func isFalseFriend(_ position: Int) -> Bool { classes[position].contains(.falseFriend) }

    /// The number token `position` stands for: written in digits, or as a word ("tolv").
    @inline(__always)
    func number(at position: Int) -> Int? {
        if let value = tokens[position].number { return value }
        if wordNumbers.isEmpty { return nil }
        let value = wordNumbers[Int(word[position])]
        return value >= 0 ? value : nil
    }

    /// ``number(at:)`` as a function that holds only the three arrays it reads: a closure over the
    /// whole text copies all of it on every call (measured: an eighth of an assessment).
    var numberReader: (Int) -> Int? {
        let tokens = self.tokens, wordNumbers = self.wordNumbers, word = self.word
        return { position in
            if let value = tokens[position].number { return value }
            if wordNumbers.isEmpty { return nil }
            let value = wordNumbers[Int(word[position])]
            return value >= 0 ? value : nil
        }
    }

    /// Token `position` as read (lowercased; Danish digraphs restored).
    func readText(at position: Int) -> String { words[Int(word[position])] }

    /// The id of token `position`'s stem, or -1 when no phrase uses that stem.
    public func stemID(at position: Int) -> Int32 { stemIDs[position] }

    /// The stem of token `position`.
    public mutating func stemText(at position: Int) -> String {
        let wordID = Int(word[position])
        if let known = wordStems[wordID] { return known }
        let text = words[wordID]
        let result: String
        if stemmer != nil { result = stemmer!.stem(text) } else { result = text }
        wordStems[wordID] = result
        return result
    }
}
