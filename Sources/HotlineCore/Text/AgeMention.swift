/// A stated age in a narrative ("15-årig", "a 14-year-old", "aged 16", "en pige på 15 år").
public struct AgeMention: Sendable, Equatable {
    public var age: Int
    /// Unicode scalar range of the mention.
    public var start: Int
    public var end: Int
    /// True when the age belongs to a relative named right after it ("her 15-year-old daughter") or right
    /// before it ("my daughter is 14", "min nabos søn på 8 år").
    public var isRelative: Bool
    /// True when the age is the writer's own ("I'm 17", "jeg er 16"): the subject's only when the
    /// caller calls about themself.
    public var isFirstPerson: Bool = false

    /// Danish nouns for a person that "på" and a bare number give an age ("drengen på 15").
    static let personNouns: Set<String> = ["pige", "pigen", "dreng", "drengen", "barn", "barnet", "kvinde", "kvinden",
                                           "mand", "manden", "søn", "sønnen", "datter", "datteren", "teenager"]

    /// Words that make a number an estimate ("maybe 17", "ca. 16 år", "omkring 15").
    static let approximations: Set<String> = ["about", "around", "maybe", "perhaps", "possibly", "approx", "approximately",
                                              "roughly", "circa", "ca", "cirka", "omkring", "måske", "vel", "sikkert"]
    /// Nouns for a person that an estimated bare number right after gives an age ("two girls, maybe 16").
    static let estimatedPersonNouns: Set<String> = ["girl", "girls", "boy", "boys", "woman", "women", "kid", "kids", "teen",
                                                    "teens", "child", "children", "client", "pige", "piger", "pigen", "pigerne",
                                                    "dreng", "drenge", "drengen", "drengene", "kvinde", "kvinder", "kvinden",
                                                    "unge", "barn", "børn", "klient", "klienten"]

    /// The stated ages in `tokens`, in order. "worked here for 15 years" states no age.
    /// `number` reads a token's number, also one written as a word ("a fifteen-year-old").
    public static func find(in tokens: [Token], lexicon: CueLexicon,
                            number: (Int) -> Int? = { _ in nil }) -> [AgeMention] {
        var mentions: [AgeMention] = []
        func text(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].text : "" }
        for (index, token) in tokens.enumerated() {
            let written: Int? = token.number == nil ? number(index) : nil
            guard let age = token.number ?? written, age > 0, age < 100,
                  written != nil || token.text.unicodeScalars.count <= 2 else { continue }
            var last = -1
            let next = text(index + 1)
            if next == "årig" || next == "årige" || next == "yo" || next == "års" {
                last = index + 1
            } else if (next == "year" || next == "years") && text(index + 2) == "old" {
                last = index + 2
            } else if next == "år" && (text(index + 2) == "gammel" || text(index + 2) == "gamle") {
                last = index + 2
            } else if next == "år" && (text(index - 1) == "på" || text(index - 1) == "er" || text(index - 1) == "var") {
                last = index + 1
            } else if ["is", "am", "i'm", "was", "er", "var"].contains(text(index - 1)),
                      index + 1 >= tokens.count || tokens[index + 1].sentence != token.sentence
                        || tokens[index + 1].followsComma || next == "and" || next == "but" || next == "og" || next == "men" {
                // "she is 16.", "pigen er 16, og ...", "han er 16 og rejste alene"
                last = index
            } else if text(index - 1) == "på", AgeMention.personNouns.contains(text(index - 2)) {
                // "pigen på 14 har ...": a person followed by "på" and a bare number
                last = index
            } else if text(index - 1) == "aged" || (text(index - 1) == "age" && text(index - 2) != "retirement") {
                last = index
            } else if (text(index - 1) == "of" && AgeMention.estimatedPersonNouns.contains(text(index - 2)))
                        || (AgeMention.approximations.contains(text(index - 1)) && text(index - 2) == "of"
                            && AgeMention.estimatedPersonNouns.contains(text(index - 3))) {
                // "a girl of 15", "a boy of around 14"
                last = index
            } else if AgeMention.approximations.contains(text(index - 1)) {
                if next == "år" || next == "y" {
                    // "ca. 16 år", "omkring 15 år", "about 16 y"
                    last = index + 1
                } else if (index + 1 >= tokens.count || tokens[index + 1].sentence != token.sentence
                            || tokens[index + 1].followsComma || next == "and" || next == "og"),
                          (2...4).contains(where: { AgeMention.estimatedPersonNouns.contains(text(index - $0)) }) {
                    // "two girls, maybe 17, ...": an estimate right after a person
                    last = index
                }
            } else if next == "y" && (index + 2 >= tokens.count || tokens[index + 2].followsComma
                                      || tokens[index + 2].sentence != token.sentence) {
                // operator shorthand: "client 16 y, ..."
                last = index + 1
            }
            guard last >= 0 else { continue }
            var first = index
            if ["aged", "age", "på", "er", "var", "is", "am", "i'm", "was"].contains(text(index - 1))
                || AgeMention.approximations.contains(text(index - 1)) { first = index - 1 }
            // "her 15-year-old daughter", "my daughter is 14": the age belongs to a relative.
            let isRelative = lexicon.relatives.contains(text(last + 1))
                || (["is", "er", "was", "var", "på", "aged"].contains(text(index - 1)) && lexicon.relatives.contains(text(index - 2)))
            let isFirstPerson = text(index - 1) == "i'm" || (text(index - 1) == "am" && text(index - 2) == "i")
                || ((text(index - 1) == "er" || text(index - 1) == "var") && text(index - 2) == "jeg")
            var mention = AgeMention(age: age, start: tokens[first].start, end: tokens[last].end, isRelative: isRelative)
            mention.isFirstPerson = isFirstPerson
            mentions.append(mention)
        }
        return mentions
    }
}
