/// A narrative's tokens with each token's word interned: `words[word[i]] == tokens[i].text`.
/// What the analyser needs to do per-word work once per distinct word rather than once per token.
struct TokenizedText {
    var tokens: [Token]
    /// Per token: the id of its word in `words`.
    var word: [Int32]
    /// The distinct words, by id, in order of first appearance.
    var words: [String]

    /// Interns the words of already made tokens.
    init(tokens: [Token]) {
        var table = WordTable(expectedWords: tokens.count)
        var word = [Int32]()
        word.reserveCapacity(tokens.count)
        for token in tokens {
            var text = token.text
            word.append(text.withUTF8 { table.intern($0) })
        }
        self.init(tokens: tokens, word: word, words: table.words)
    }

    init(tokens: [Token], word: [Int32], words: [String]) {
        self.tokens = tokens
        self.word = word
        self.words = words
    }
}
