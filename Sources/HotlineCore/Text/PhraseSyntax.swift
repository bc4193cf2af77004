/// The phrase notation policy staff write in the catalog, parsed but not yet stemmed.
///
/// A phrase is words separated by spaces; each word must appear in order, with at most
/// `PhraseSyntax.defaultGap` other words between neighbours, in one sentence. Notation:
/// - `word`: any inflection of the word (Snowball stem), e.g. `trussel` matches "trusler"
/// - `a|b|c`: any one of the alternatives; join the words of a several-word alternative with `_`
///   (they must then be adjacent): `men|i_stedet`, `au_pair|nanny`
/// - `word*`: any word beginning with these letters, e.g. `konfiske*`
/// - `word+`: the word, or the word as the first part of a compound: `gæld+` matches
///   "gældsslaveri" and "gældsbundet" but not "gælder" or "gældende" (the rest must be 5+ letters)
/// - `+word`: the word, or the word as the last part of a compound: `+klinik` matches "massageklinik"
/// - `=word`: exactly this form, no stemming
/// - `#` any number; `#12+` a number of at least 12; `#1-90` a number from 1 to 90
/// - `...` between words: allow up to `PhraseSyntax.longGap` words in between
/// - `~~` between words: the next word may come anywhere later in the narrative, also in a later
///   sentence (up to `PhraseSyntax.anywhereGap` words on), for evidence made of two statements
/// A negation cue written in the phrase ("ikke ... løn", "no passport") is part of the evidence,
/// so the phrase is not cancelled by it.
public struct PhraseSyntax: Sendable, Equatable {
    /// One way a position in the phrase can be filled.
    public enum Form: Sendable, Equatable, Hashable {
        case word(String)
        case prefix(String)
        case compoundModifier(String)
        case compoundHead(String)
        case exact(String)
        case number(minimum: Int, maximum: Int)
    }

    /// One position: its alternatives and how many words may precede it after the previous position.
    public struct Term: Sendable, Equatable {
        public var forms: [Form]
        public var maximumGap: Int
        /// True when the word may be in a later sentence than the previous one (`~~`).
        public var crossesSentences: Bool = false
    }

    public static let defaultGap = 3
    public static let longGap = 8
    public static let anywhereGap = 40
    /// The most simple phrases one written phrase may stand for (several-word alternatives multiply).
    public static let maximumVariants = 1024

    public var terms: [Term]

    /// Parses a phrase into the simple phrases it stands for (one per choice of several-word
    /// alternative: "forced to sell_sex|prostitution" is "forced to sell sex" and "forced to prostitution").
    public static func parseVariants(_ text: String) throws(PhraseSyntaxError) -> [PhraseSyntax] {
        var variants: [String] = [""]
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let alternatives = word.split(separator: "|", omittingEmptySubsequences: false)
            let single = alternatives.filter { !$0.contains("_") }
            let multi = alternatives.filter { $0.contains("_") }
            if multi.isEmpty {
                variants = variants.map { $0 + " " + String(word) }
                continue
            }
            // The words of a several-word alternative are adjacent (joined like a hyphenated word).
            var choices: [String] = multi.map { $0.split(separator: "_").joined(separator: "-") }
            if !single.isEmpty { choices.append(single.joined(separator: "|")) }
            variants = variants.flatMap { prefix in choices.map { prefix + " " + $0 } }
            if variants.count > maximumVariants { throw PhraseSyntaxError("the phrase expands to more than \(maximumVariants) variants") }
        }
        var result: [PhraseSyntax] = []
        for variant in variants { result.append(try parse(variant)) }
        return result
    }

    /// Parses a phrase without several-word alternatives; throws a readable reason when it cannot be used.
    public static func parse(_ text: String) throws(PhraseSyntaxError) -> PhraseSyntax {
        var terms: [Term] = []
        var gap = defaultGap
        var crosses = false
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.isEmpty { throw PhraseSyntaxError("the phrase is empty") }
        for raw in words {
            if raw == "..." || raw == "…" || raw == "~~" {
                if terms.isEmpty { throw PhraseSyntaxError("a phrase cannot start with '\(raw)'") }
                gap = raw == "~~" ? anywhereGap : longGap
                crosses = raw == "~~"
                continue
            }
            // A hyphenated word is its parts in sequence ("id-kort" is "id kort").
            let hyphenParts = raw.hasPrefix("#") ? [raw] : raw.split(separator: "-", omittingEmptySubsequences: true)
            if hyphenParts.count > 1 && raw.contains("|") {
                throw PhraseSyntaxError("'\(raw)': write hyphenated words outside alternatives, or without the hyphen")
            }
            for (partIndex, part) in hyphenParts.enumerated() {
                var forms: [Form] = []
                for alternative in part.split(separator: "|", omittingEmptySubsequences: false) {
                    forms.append(try form(String(alternative), in: String(raw)))
                }
                terms.append(Term(forms: forms, maximumGap: terms.isEmpty ? 0 : (partIndex > 0 ? 0 : gap),
                                  crossesSentences: partIndex == 0 && crosses))
            }
            gap = defaultGap
            crosses = false
        }
        if terms.isEmpty { throw PhraseSyntaxError("the phrase has no words") }
        return PhraseSyntax(terms: terms)
    }

    static func form(_ alternative: String, in word: String) throws(PhraseSyntaxError) -> Form {
        if alternative.isEmpty { throw PhraseSyntaxError("'\(word)' has an empty alternative") }
        if alternative.hasPrefix("#") {
            let rest = alternative.dropFirst()
            if rest.isEmpty { return .number(minimum: 0, maximum: Int.max) }
            if rest.hasSuffix("+"), let minimum = Int(rest.dropLast()) { return .number(minimum: minimum, maximum: Int.max) }
            let bounds = rest.split(separator: "-")
            if bounds.count == 2, let minimum = Int(bounds[0]), let maximum = Int(bounds[1]), minimum <= maximum {
                return .number(minimum: minimum, maximum: maximum)
            }
            throw PhraseSyntaxError("'\(alternative)': a number is written '#', '#12+' or '#1-90'")
        }
        var body = Substring(alternative)
        var kind = 0  // 0 word, 1 prefix, 2 modifier, 3 head, 4 exact
        if body.hasPrefix("=") { kind = 4; body = body.dropFirst() }
        else if body.hasPrefix("+") { kind = 3; body = body.dropFirst() }
        else if body.hasSuffix("*") { kind = 1; body = body.dropLast() }
        else if body.hasSuffix("+") { kind = 2; body = body.dropLast() }
        guard !body.isEmpty else { throw PhraseSyntaxError("'\(alternative)' has no letters") }
        for scalar in body.unicodeScalars where !(scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal || scalar == "'") {
            throw PhraseSyntaxError("'\(alternative)' contains '\(scalar)': use letters, digits and the notation only")
        }
        let letters = String(body)
        if (kind == 1 || kind == 2 || kind == 3) && letters.unicodeScalars.count < 3 {
            throw PhraseSyntaxError("'\(alternative)': a prefix or compound part needs at least 3 letters")
        }
        switch kind {
        case 1: return .prefix(letters)
        case 2: return .compoundModifier(letters)
        case 3: return .compoundHead(letters)
        case 4: return .exact(letters)
        default: return .word(letters)
        }
    }
}

/// Why a catalog phrase cannot be used.
public struct PhraseSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
