/// Splits a narrative into `Token`s in one pass over its Unicode scalars.
///
/// Words are runs of letters and digits; an apostrophe between letters stays inside the word
/// ("didn't"), a hyphen splits ("ID-kort" -> "id", "kort"; "15-årig" -> "15", "årig"), and digit
/// groups joined by "." or "," form one number ("10.000"). Text is lower-cased. Offsets count
/// Unicode scalars, so Python's `narrative[start:end]` is the token's text.
public enum Tokenizer {
    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = ["kl", "ca", "bl", "fx", "evt", "nr", "mr", "mrs", "ms", "dr", "st", "mv", "pga", "vs", "etc"]

    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        scan(text).tokens
    }

    /// The tokens of `text` with their words interned (each distinct word's `String` is made once).
    static func scan(_ text: String) -> TokenizedText {
        var tokens: [Token] = []
        var table = WordTable(expectedWords: text.utf8.count / 16)
        var wordIDs: [Int32] = []
        wordIDs.reserveCapacity(text.utf8.count / 5)
        tokens.reserveCapacity(text.utf8.count / 5)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var start = 0
        var offset = 0
        var start8 = 0
        var offset8 = 0
        var sentence = 0
        var sawComma = false
        var isNumeric = true
        var number = 0

        func flush() {
            guard !word.isEmpty else { return }
            let id = word.withUnsafeBufferPointer { table.intern($0) }
            wordIDs.append(id)
            tokens.append(Token(text: table.words[Int(id)], start: start, end: offset,
                                sentence: sentence, followsComma: sawComma, number: isNumeric ? number : nil,
                                utf8Start: start8, utf8End: offset8))
            word.removeAll(keepingCapacity: true)
            sawComma = false
            isNumeric = true
            number = 0
        }

        var iterator = text.unicodeScalars.makeIterator()
        var lookahead = iterator.next()
        while let scalar = lookahead {
            lookahead = iterator.next()
            let kind = Self.kind(of: scalar)
            if kind != .other {
                if word.isEmpty { start = offset; start8 = offset8 }
                if kind == .digit {
                    number = min(number &* 10 &+ Self.digitValue(scalar), 1_000_000_000)
                } else {
                    isNumeric = false
                }
                appendLowercased(scalar, to: &word)
            } else if !word.isEmpty, let next = lookahead,
                      ((scalar == "'" || scalar == "’") && !isNumeric && Self.kind(of: next) == .letter)
                        || ((scalar == "." || scalar == ",") && isNumeric && Self.kind(of: next) == .digit) {
                // An apostrophe inside a word ("didn't") or a digit group separator ("10.000").
                if scalar == "'" || scalar == "’" { word.append(UInt8(ascii: "'")) } else { word.append(UInt8(scalar.value)) }
            } else {
                flush()
                switch scalar {
                case ".", "!", "?", ";", "\n":
                    if scalar == ".", let last = tokens.last, last.end == offset, last.text.utf8.count <= 3,
                       abbreviations.contains(last.text) {
                        break
                    }
                    if let last = tokens.last, last.sentence == sentence { sentence += 1 }
                case ",", ":":
                    sawComma = true
                default:
                    break
                }
            }
            offset += 1
            offset8 += scalar.value < 0x80 ? 1 : scalar.value < 0x800 ? 2 : scalar.value < 0x10000 ? 3 : 4
        }
        flush()
        return TokenizedText(tokens: tokens, word: wordIDs, words: table.words)
    }

    enum Kind { case letter, digit, other }

    @inline(__always)
    static func kind(of scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            if (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) { return .letter }
            if value >= 0x30 && value <= 0x39 { return .digit }
            return .other
        }
        if scalar.properties.isAlphabetic { return .letter }
        if scalar.properties.numericType == .decimal { return .digit }
        return .other
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x80 { return Int(scalar.value) - 0x30 }
        return Int(scalar.properties.numericValue ?? 0)
    }

    @inline(__always)
    static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            word.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
        } else if scalar.properties.changesWhenLowercased {
            word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            word.append(contentsOf: UTF8.encode(scalar)!)
        }
    }
}
