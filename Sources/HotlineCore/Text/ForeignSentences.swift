/// Sentences of a narrative written in the other language: a caller quoted in English inside a
/// Danish note ("... fortalte, at 'boss has our passports for the contract'"), or a Danish phrase in
/// an English one. The triage reads those sentences a second time with the other language's phrases.
enum ForeignSentences {
    /// Distinct marker words of the other language a sentence must hold to be read in it too.
    static let minimumWords = 2

    /// Function words that mark a sentence as English inside a Danish narrative: none is also a
    /// Danish word ("to" is two, "have" a garden, "is" ice, "so" a sow, "her" here: left out).
    static let englishMarkers: Set<String> = [
        "the", "and", "of", "are", "was", "were", "has", "my", "our", "they", "he", "she", "with", "we", "you",
        "not", "will", "would", "this", "that", "what", "when", "there", "their", "them", "him", "from", "your",
        "don't", "can't", "i'm", "it's", "me", "us", "his", "who", "which", "been", "does", "did", "said",
        "says", "if", "but", "or", "no", "can", "must", "take", "took", "give", "money", "boss", "work", "every",
        "night", "also", "because", "where", "after", "locked",
    ]
    /// Function words that mark a sentence as Danish inside an English narrative: none is also an
    /// English word ("at", "man", "over", "hans", "sin" are left out).
    static let danishMarkers: Set<String> = [
        "og", "jeg", "ikke", "det", "er", "har", "han", "hun", "mig", "til", "på", "med", "af", "vi", "dem",
        "skal", "må", "ingen", "hvis", "alle", "pengene", "tager", "os", "ham", "hende", "hendes", "deres",
        "mit", "vores", "kan", "var", "blev", "bliver", "siger", "sagde", "aldrig", "nu", "inde", "hver", "nat", "ud",
        "hjem", "også", "meget", "noget", "efter", "fordi", "når", "hvor", "låser", "låst",
        "chefen", "arbejde", "penge", "passet",
    ]

    /// The sentences of `text` holding at least ``minimumWords`` distinct marker words of `other`.
    /// Each distinct word is looked up once; a narrative with none costs one pass over its words.
    static func find(in text: TokenizedText, other: Language) -> Set<Int> {
        let markers = other == .english ? englishMarkers : danishMarkers
        var isForeignWord = [Bool](repeating: false, count: text.words.count)
        var anyForeignWord = false
        for (id, word) in text.words.enumerated() where word.utf8.count <= 10 && markers.contains(word) {
            isForeignWord[id] = true
            anyForeignWord = true
        }
        guard anyForeignWord else { return [] }
        var found: Set<Int> = []
        var current = -1
        var seen: [Int32] = []
        for (index, token) in text.tokens.enumerated() {
            if token.sentence != current {
                current = token.sentence
                seen.removeAll(keepingCapacity: true)
            }
            let word = text.word[index]
            guard isForeignWord[Int(word)], !seen.contains(word) else { continue }
            seen.append(word)
            if seen.count >= minimumWords { found.insert(current) }
        }
        return found
    }
}
