/// Splits a narrative into `Token`s in one pass over its Unicode scalars.
///
/// Words are runs of letters and digits; an apostrophe between letters stays inside the word
/// ("didn't"), a hyphen splits ("ID-kort" -> "id", "kort"; "15-årig" -> "15", "årig"), and digit
/// groups joined by "." or "," form one number ("10.000"). Text is lower-cased. Offsets count
/// Unicode scalars, so Python's `narrative[start:end]` is the token's text.
public enum Tokenizer {
    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = ["kl", "kr", "ca", "bl", "fx", "evt", "nr", "mr", "mrs", "ms", "dr", "st", "mv", "pga", "vs", "etc"]

    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        scan(text).tokens
    }

    /// The tokens of `text` with their words interned (each distinct word's `String` is made once).
    static func scan(_ text: String) -> TokenizedText {
        var scanner = Scanner(expectedBytes: text.utf8.count)
        // A native String's bytes are valid UTF-8: decode them in place.
        var source = text
        source.withUTF8 { scanner.scan($0) }
        scanner.word.deallocate()
        return TokenizedText(tokens: scanner.tokens, word: scanner.wordIDs, words: scanner.table.words)
    }

    /// The tokenizer's state during one pass (a struct with mutating methods rather than closures over
    /// local variables, so that the compiler checks exclusive access statically, not per access).
    private struct Scanner {
        var tokens: [Token] = []
        var table: WordTable
        var wordIDs: [Int32] = []
        /// The current word's lower-cased UTF-8.
        var word = ByteBuffer(capacity: 64)
        var start = 0
        var offset = 0
        var start8 = 0
        var offset8 = 0
        var sentence = 0
        var sawComma = false
        var isNumeric = true
        var number = 0

        init(expectedBytes: Int) {
            table = WordTable(expectedWords: expectedBytes / 16)
            wordIDs.reserveCapacity(expectedBytes / 5)
            tokens.reserveCapacity(expectedBytes / 5)
        }

        mutating func flush() {
            guard !word.isEmpty else { return }
            let id = table.intern(word.bytes)
            wordIDs.append(id)
            tokens.append(Token(text: table.words[Int(id)], start: start, end: offset,
                                sentence: sentence, followsComma: sawComma, number: isNumeric ? number : nil,
                                utf8Start: start8, utf8End: offset8))
            word.removeAll()
            sawComma = false
            isNumeric = true
            number = 0
        }

        /// One pass over valid UTF-8; the scalar after a punctuation mark is decoded only when it decides something.
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < bytes.count {
                let (scalar, length) = Tokenizer.decode(bytes, at: index)
                let kind = Tokenizer.kind(of: scalar)
                if kind != .other {
                    if word.isEmpty { start = offset; start8 = offset8 }
                    if kind == .digit {
                        number = min(number &* 10 &+ Tokenizer.digitValue(scalar), 1_000_000_000)
                    } else {
                        isNumeric = false
                    }
                    Tokenizer.appendLowercased(scalar, to: &word)
                } else if !word.isEmpty, index + length < bytes.count,
                          ((scalar == "'" || scalar == "’") && !isNumeric
                            && Tokenizer.kind(of: Tokenizer.decode(bytes, at: index + length).scalar) == .letter)
                            || ((scalar == "." || scalar == ",") && isNumeric
                                && Tokenizer.kind(of: Tokenizer.decode(bytes, at: index + length).scalar) == .digit) {
                    // An apostrophe inside a word ("didn't") or a digit group separator ("10.000").
                    if scalar == "'" || scalar == "’" { word.append(UInt8(ascii: "'")) } else { word.append(UInt8(scalar.value)) }
                } else {
                    flush()
                    switch scalar {
                    case ".", "!", "?", ";", "\n":
                        if scalar == ".", let last = tokens.last, last.end == offset, last.text.utf8.count <= 3,
                           Tokenizer.abbreviations.contains(last.text) {
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
                offset8 += length
                index += length
            }
            flush()
        }
    }

    enum Kind { case letter, digit, other }

    /// The scalar whose UTF-8 encoding starts at `index` of valid UTF-8 `bytes`, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        if lead < 0xE0 {
            return (Unicode.Scalar((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)).unsafelyUnwrapped, 2)
        }
        if lead < 0xF0 {
            let value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return (Unicode.Scalar(value).unsafelyUnwrapped, 3)
        }
        let value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        return (Unicode.Scalar(value).unsafelyUnwrapped, 4)
    }

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
    static func appendLowercased(_ scalar: Unicode.Scalar, to word: inout ByteBuffer) {
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
