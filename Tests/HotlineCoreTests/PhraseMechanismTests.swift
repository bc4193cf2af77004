import HotlineCore
import Testing

/// The phrase notation's less common mechanisms, through the shipped catalog.
@Suite("Phrase mechanisms")
struct PhraseMechanismTests {
    @Test func numberRangesCatchLowPay() {
        #expect(Fixtures.ids("They are paid 60 kroner an hour.", language: "en").contains("exploitation.low_or_no_pay"))
        #expect(!Fixtures.ids("They are paid 180 kroner an hour.", language: "en").contains("exploitation.low_or_no_pay"))
        #expect(Fixtures.ids("Han får 50 euro om dagen.", language: "da").contains("exploitation.low_or_no_pay"))
    }

    @Test func evidenceCanSpanTwoSentences() {
        // A debt told in one sentence and sex work in the next: the earnings go to the debt.
        let ids = Fixtures.ids("She says she owes the madam 40,000 euros. Every night she has to see clients.", language: "en")
        #expect(ids.contains("exploitation.pay_handed_back"))
        #expect(ids.contains("coercion.debt_bondage"))
    }

    @Test func shortNegationReachesOnlyItsNounPhrase() {
        let ids = Fixtures.ids("He worked on a boat without pay for a year and was beaten when he refused.", language: "en")
        #expect(ids.contains("exploitation.low_or_no_pay"))
        #expect(ids.contains("coercion.violence"))
    }

    @Test func topicMentionsAreNotEvidence() {
        let journalist = Fixtures.assess("A journalist asked about forced labour in agriculture.", language: "en", callerRole: "other")
        #expect(journalist.band == .none)
        let school = Fixtures.assess("Skoleklasse laver projekt om tvangsarbejde og menneskehandel.", language: "da", callerRole: "other")
        #expect(school.band == .none)
    }

    @Test func danishVerbSecondNegationIsEvidence() {
        #expect(Fixtures.ids("Han får ikke løn, før høsten er slut.", language: "da").contains("exploitation.low_or_no_pay"))
        #expect(Fixtures.ids("Arbejdsgiveren har ikke betalt ham.", language: "da").contains("exploitation.low_or_no_pay"))
    }

    @Test func hedgeQualifiesWhatFollowsIt() {
        let result = Fixtures.assess("The boss took her passport and she seems afraid of him.", language: "en", callerRole: "third_party")
        #expect(result.indicators.first { $0.id == "coercion.documents_confiscated" }?.attribution == .observed)
        #expect(result.indicators.first { $0.id == "vulnerability.fear_and_distress" }?.attribution == .suspected)
        let approximated = Fixtures.assess("Three children, maybe 10 years old, sell roses every night.", language: "en", callerRole: "third_party")
        #expect(approximated.flags.contains("minor"))
        #expect(approximated.indicators.allSatisfy { $0.attribution != .suspected })
    }

    @Test func fathersIsNotDanger() {
        // "fars" (father's) and "fare" (danger) share a Snowball stem.
        let result = Fixtures.assess("Jeg arbejder i min fars restaurant efter skole.", language: "da")
        #expect(!result.flags.contains("immediate_danger"))
        #expect(Fixtures.assess("Hun er i fare lige nu.", language: "da").flags.contains("immediate_danger"))
    }
}
