import HotlineCore
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "Værtsmoren 👩‍👧 har taget hendes ID-kort."
        let scalars = Array(text.unicodeScalars)
        for token in Tokenizer.tokenize(text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(view).lowercased() == token.text)
        }
        #expect(Tokenizer.tokenize(text).map(\.text) == ["værtsmoren", "har", "taget", "hendes", "id", "kort"])
    }

    @Test func numbersApostrophesAndHyphens() {
        let tokens = Tokenizer.tokenize("He didn't get 10.000 kroner; a 15-year-old boy.")
        #expect(tokens.map(\.text) == ["he", "didn't", "get", "10.000", "kroner", "a", "15", "year", "old", "boy"])
        #expect(tokens[3].number == 10000)
        #expect(tokens[6].number == 15)
        #expect(tokens[5].sentence == 1)
    }

    @Test func sentencesAndCommas() {
        let tokens = Tokenizer.tokenize("Ingen trusler, men han er bange. Kl. 22 ringer hun!")
        #expect(tokens.first { $0.text == "men" }?.followsComma == true)
        #expect(tokens.first { $0.text == "22" }?.sentence == 1)
        #expect(tokens.last?.sentence == 1)
    }
}
