/// Tells Danish from English by counting frequent function words and Danish letters.
public enum LanguageDetector {
    static let danishWords: Set<String> = [
        "og", "i", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "de", "med", "han", "af", "for",
        "ikke", "der", "var", "mig", "sig", "men", "et", "har", "om", "vi", "min", "havde", "ham", "hun", "nu",
        "over", "da", "fra", "du", "ud", "sin", "dem", "os", "op", "man", "hans", "hvor", "eller", "hvad", "skal",
        "selv", "her", "alle", "vil", "blev", "kunne", "ind", "når", "være", "dog", "noget", "ville", "jo", "deres",
        "efter", "ned", "skulle", "denne", "dette", "dig", "hende", "hendes", "ingen", "efter", "ringer", "fordi",
        "meget", "også", "siger", "fortæller", "får", "bliver", "hos", "uden", "kan", "må", "sammen", "arbejde",
    ]
    static let englishWords: Set<String> = [
        "the", "and", "of", "to", "a", "in", "is", "it", "that", "he", "she", "was", "for", "on", "are", "with",
        "they", "be", "at", "his", "her", "have", "has", "from", "or", "by", "not", "but", "what", "all", "were",
        "we", "when", "there", "can", "an", "which", "their", "if", "do", "will", "each", "about", "how", "up",
        "out", "them", "then", "many", "some", "so", "these", "would", "him", "into", "been", "who", "no", "could",
        "says", "said", "told", "called", "caller", "works", "work", "does", "did", "because", "without", "this",
    ]

    /// The more likely of Danish and English for `text`; Danish when nothing tells them apart
    /// (the hotline's home language).
    public static func detect(_ text: String) -> Language {
        detect(tokens: Tokenizer.tokenize(text))
    }

    /// Function words: 1 Danish, 2 English, 3 both.
    static let functionWords: [String: UInt8] = {
        var table: [String: UInt8] = [:]
        for word in danishWords { table[word, default: 0] |= 1 }
        for word in englishWords { table[word, default: 0] |= 2 }
        return table
    }()

    /// The more likely language of already tokenised text, judged on its first words until one
    /// language leads clearly.
    public static func detect(tokens: [Token]) -> Language {
        detect(TokenizedText(tokens: tokens))
    }

    /// The same judgement, looking each distinct word up once.
    static func detect(_ text: TokenizedText) -> Language {
        // Per distinct word: Danish and English points (0 when not yet looked up, else points + 1).
        var danishPoints = [Int32](repeating: 0, count: text.words.count)
        var englishPoints = [Int32](repeating: 0, count: text.words.count)
        var danish = 0
        var english = 0
        for word in text.word.prefix(400) {
            if abs(danish - english) >= 24 { break }
            let word = Int(word)
            if danishPoints[word] == 0 {
                let token = text.words[word]
                var forDanish: Int32 = 0
                var forEnglish: Int32 = 0
                if token.utf8.count <= 10, let mark = functionWords[token] {
                    if mark & 1 != 0 { forDanish += 2 }
                    if mark & 2 != 0 { forEnglish += 2 }
                }
                for scalar in token.unicodeScalars where scalar == "æ" || scalar == "ø" || scalar == "å" {
                    forDanish += 1
                }
                danishPoints[word] = forDanish + 1
                englishPoints[word] = forEnglish + 1
            }
            danish += Int(danishPoints[word] - 1)
            english += Int(englishPoints[word] - 1)
        }
        return english > danish ? .english : .danish
    }
}
