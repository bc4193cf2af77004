import HotlineCore
import HotlineStemming
import Testing

@Suite("Snowball stemming")
struct StemmingTests {
    @Test func danishInflectionsShareAStem() throws {
        let stemmer = try #require(SnowballStemmerFactory().makeStemmer(for: .danish))
        var danish = stemmer
        #expect(danish.stem("arbejder") == danish.stem("arbejde"))
        #expect(danish.stem("kunder") == danish.stem("kunde"))
        #expect(danish.stem("lønnen") == "løn")
    }

    @Test func englishInflectionsShareAStem() throws {
        var english = try #require(SnowballStemmerFactory().makeStemmer(for: .english))
        #expect(english.stem("threatened") == english.stem("threatening"))
        #expect(english.stem("passports") == "passport")
        #expect(english.stem("owes") == english.stem("owing"))
    }

    @Test func inflectedNarrativeWordsMatchCatalogPhrases() {
        // "trusler" (plural, definite forms) and "threatening" are written differently in the catalog.
        #expect(Fixtures.ids("Han har modtaget truslerne fra chefen.", language: "da").contains("coercion.threats"))
        #expect(Fixtures.ids("The boss keeps threatening the workers.", language: "en").contains("coercion.threats"))
    }

    @Test func stemmersWorkConcurrently() async {
        let factory = SnowballStemmerFactory()
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    guard var stemmer = factory.makeStemmer(for: .english) else { return false }
                    return (0..<500).allSatisfy { _ in stemmer.stem("threatened") == "threaten" }
                }
            }
            for await ok in group { #expect(ok) }
        }
    }
}
