/// Sentences of a narrative written in the other language: a caller quoted in English inside a
/// Danish note ("... fortalte, at 'boss has our passports for the contract'"), or a Danish phrase in
/// an English one. The triage reads those sentences a second time with the other language's phrases.
enum ForeignSentences {
    /// Distinct function words of only the other language a sentence must hold to be read in it too.
    static let minimumWords = 2

    /// The sentences of `text` holding at least ``minimumWords`` distinct function words that belong
    /// to `other` and not to the narrative's own language. Each distinct word is looked up once.
    static func find(in text: TokenizedText, other: Language) -> Set<Int> {
        let otherMark: UInt8 = other == .english ? 2 : 1
        var isForeignWord = [Bool](repeating: false, count: text.words.count)
        var anyForeignWord = false
        for (id, word) in text.words.enumerated() where word.utf8.count <= 10 && LanguageDetector.functionWords[word] == otherMark {
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
