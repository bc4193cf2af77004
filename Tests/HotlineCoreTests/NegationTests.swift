import HotlineCore
import Testing

@Suite("Negation and hedges")
struct NegationTests {
    static let passport = "coercion.documents_confiscated"

    @Test func passportHeldIsNotEvidenceButMissingPassportIs() {
        #expect(!Fixtures.ids("Han har sit pas selv og kan godt holde op.", language: "da").contains(Self.passport))
        #expect(Fixtures.ids("Han har ikke sit pas længere.", language: "da").contains(Self.passport))
        #expect(Fixtures.ids("Hun arbejder uden pas hos familien.", language: "da").contains(Self.passport))
        #expect(Fixtures.ids("He has no passport since he arrived.", language: "en").contains(Self.passport))
        #expect(!Fixtures.ids("He still has his passport.", language: "en").contains(Self.passport))
        #expect(!Fixtures.ids("His passport was not taken by anyone.", language: "en").contains(Self.passport))
    }

    @Test(arguments: [
        ("Der er ingen trusler.", "da"),
        ("She did not talk about any threats.", "en"),
        ("No threats were made against her.", "en"),
        ("Hun er ikke blevet truet af nogen.", "da"),
    ])
    func negatedThreatsAreNotEvidence(_ text: String, _ language: String) {
        #expect(!Fixtures.ids(text, language: language).contains("coercion.threats"))
    }

    @Test func negationCoversAListButNotTheNextClause() {
        let listed = Fixtures.ids("Ingen tegn på udnyttelse, vold eller tvang.", language: "da")
        #expect(!listed.contains("coercion.violence"))
        #expect(!listed.contains("coercion.forced_to_work_or_comply"))
        let nextClause = Fixtures.ids("Han har ingen gæld, og chefen har slået ham.", language: "da")
        #expect(!nextClause.contains("coercion.debt_bondage"))
        #expect(nextClause.contains("coercion.violence"))
        let contrast = Fixtures.ids("No violence, but the boss took his passport.", language: "en")
        #expect(!contrast.contains("coercion.violence"))
        #expect(contrast.contains(Self.passport))
    }

    @Test func beingFreeToLeaveIsNotConfinement() {
        #expect(!Fixtures.ids("She is free to leave and can change jobs.", language: "en").contains("coercion.confinement_or_surveillance"))
        #expect(Fixtures.ids("She is not allowed to leave the house.", language: "en").contains("coercion.confinement_or_surveillance"))
        #expect(Fixtures.ids("Hun må ikke forlade lejligheden alene.", language: "da").contains("coercion.confinement_or_surveillance"))
    }

    @Test func notKnowingIsNotEvidence() {
        let english = Fixtures.assess("She does not know if they are paid or where they live.", language: "en", callerRole: "third_party")
        #expect(english.indicators.isEmpty)
        let danish = Fixtures.assess("Hun ved ikke, om de får løn.", language: "da", callerRole: "third_party")
        #expect(danish.indicators.isEmpty)
        #expect(Fixtures.ids("De får ikke løn.", language: "da").contains("exploitation.low_or_no_pay"))
    }

    @Test func negatedCaseIsCalm() {
        let result = Fixtures.assess("A Danish cleaner asked about holiday pay. No threats, no debt, she has her passport and her own bank account.",
                                     language: "en")
        #expect(result.band <= .low)
    }
}

@Suite("Who says so")
struct AttributionTests {
    func attribution(_ text: String, language: String, callerRole: String) -> Attribution? {
        Fixtures.assess(text, language: language, callerRole: callerRole)
            .indicators.first { $0.id == "coercion.documents_confiscated" }?.attribution
    }

    @Test func disclosureObservationAndSuspicionAreKeptApart() {
        #expect(attribution("Hun fortæller, at chefen har taget hendes pas.", language: "da", callerRole: "professional") == .disclosed)
        #expect(attribution("The employer took her passport.", language: "en", callerRole: "self") == .disclosed)
        #expect(attribution("The employer took the workers' passports.", language: "en", callerRole: "professional") == .observed)
        #expect(attribution("Naboen tror, at manden har taget hendes pas.", language: "da", callerRole: "third_party") == .suspected)
        #expect(attribution("The caller suspects the owner might have taken their passports.", language: "en", callerRole: "third_party") == .suspected)
    }

    @Test func aSuspicionWeighsLessThanADisclosure() {
        let told = Fixtures.assess("She told me the owner took her passport.", language: "en", callerRole: "third_party")
        let guessed = Fixtures.assess("I think maybe the owner took her passport.", language: "en", callerRole: "third_party")
        let toldGrade = told.indicators.first { $0.id == "coercion.documents_confiscated" }?.strength
        let guessedGrade = guessed.indicators.first { $0.id == "coercion.documents_confiscated" }?.strength
        #expect(toldGrade == .strong)
        #expect(guessedGrade == .medium)
        #expect(guessed.score <= told.score)
    }
}
