import HotlineCore
import Testing

@Suite("Danish compounds")
struct CompoundTests {
    @Test(arguments: [
        "Hun siger, at hun har gæld til bagmanden.",
        "Hun lever i gældsslaveri hos familien.",
        "Arbejderne er gældsbundne til vognmanden.",
        "Han betaler stadig af på sin rejsegæld.",
    ])
    func debtCompoundsAreDebt(_ text: String) {
        #expect(Fixtures.ids(text, language: "da").contains("coercion.debt_bondage"))
    }

    @Test(arguments: [
        "Det samme gælder for hans kollega.",
        "Reglerne er gældende fra næste år.",
        "Hun spurgte, om det passer, at man skal have en kontrakt.",
    ])
    func unrelatedWordsAreNotHits(_ text: String) {
        let ids = Fixtures.ids(text, language: "da")
        #expect(!ids.contains("coercion.debt_bondage"))
        #expect(!ids.contains("coercion.documents_confiscated"))
    }

    @Test func compoundModifierNeedsARealSecondPart() throws {
        let phrase = try PhraseSyntax.parse("gæld+")
        #expect(phrase.terms.first?.forms == [.compoundModifier("gæld")])
        #expect(Fixtures.ids("Det blev voldsomt.", language: "da").contains("coercion.violence") == false)
        #expect(Fixtures.ids("Han blev slået af chefen.", language: "da").contains("coercion.violence"))
    }

    @Test func compoundHeadMatchesTheEndOfAWord() {
        let ids = Fixtures.ids("Naboen ringer om en thaimassageklinik med mange mandlige kunder.", language: "da", callerRole: "third_party")
        #expect(ids.contains("exploitation.sex_work_setting"))
    }
}
