/// Splits a narrative into `Token`s in one pass over its Unicode scalars.
///
/// Words are runs of letters and digits; an apostrophe between letters stays inside the word
/// ("didn't"), a hyphen splits ("ID-kort" -> "id", "kort"; "15-årig" -> "15", "årig"), and digit
/// groups joined by "." or "," form one number ("10.000"). Offsets count Unicode scalars, so
/// Python's `narrative[start:end]` is the token's text.
public enum Tokenizer {
    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = ["kl", "ca", "bl", "fx", "evt", "nr", "mr", "mrs", "ms", "dr", "st", "mv", "pga", "vs", "etc"]

    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        var sentence = 0
        var sawComma = false
        var isNumeric = true
        var pendingJoiner: Unicode.Scalar? = nil   // an apostrophe or digit separator awaiting the next scalar

        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current).lowercased()
            var number: Int? = nil
            if isNumeric {
                var value = 0
                for scalar in current where scalar.properties.numericType == .decimal {
                    value = min(value &* 10 &+ Int(scalar.properties.numericValue ?? 0), 1_000_000_000)
                }
                number = value
            }
            tokens.append(Token(text: word, start: start, end: offset,
                                sentence: sentence, followsComma: sawComma, number: number))
            current = String.UnicodeScalarView()
            sawComma = false
            isNumeric = true
        }

        let scalars = text.unicodeScalars
        var iterator = scalars.makeIterator()
        var lookahead = iterator.next()
        while let scalar = lookahead {
            lookahead = iterator.next()
            let isLetter = scalar.properties.isAlphabetic
            let isDigit = scalar.properties.numericType == .decimal
            if isLetter || isDigit {
                if current.isEmpty { start = offset }
                if let joiner = pendingJoiner {
                    if joiner == "’" { current.append("'") } else { current.append(joiner) }
                    pendingJoiner = nil
                }
                current.append(scalar)
                if !isDigit { isNumeric = false }
            } else if !current.isEmpty, pendingJoiner == nil,
                      let next = lookahead,
                      ((scalar == "'" || scalar == "’") && next.properties.isAlphabetic && !isNumeric)
                        || ((scalar == "." || scalar == ",") && isNumeric && next.properties.numericType == .decimal) {
                pendingJoiner = scalar
            } else {
                pendingJoiner = nil
                flush()
                switch scalar {
                case ".", "!", "?", ";", "\n":
                    // A full stop after a lone number or a short abbreviation ("kl.", "ca.") does not end a sentence.
                    if scalar == ".", let last = tokens.last, last.end == offset,
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
        }
        pendingJoiner = nil
        flush()
        return tokens
    }
}
