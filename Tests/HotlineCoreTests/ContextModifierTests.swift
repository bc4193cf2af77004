import HotlineCore
import Testing

/// The ConText modifiers of the catalog: what a found phrase means once its context is read.
@Suite("Context modifiers")
struct ContextModifierTests {
    @Test("past and over: no evidence", arguments: [
        ("For mange år siden blev hun tvunget til at arbejde uden løn. I dag er hun dansk statsborger og føler sig tryg.", "da"),
        ("Twenty years ago his boss took his passport and beat him. He is now a citizen and feels safe.", "en"),
        ("Som 17-årig blev hun solgt til en bande. Manden er dømt, og hun har ingen kontakt til ham længere.", "da"),
    ])
    func pastAndOver(_ text: String, _ language: String) {
        let result = Fixtures.assess(text, language: language)
        #expect(result.band == .none, "\(text) -> \(result.band) \(result.indicators.map(\.id))")
    }

    @Test("the past still counts while the hold goes on", arguments: [
        ("Two years ago the agent took her passport. She still works for him every day without pay.", "en"),
        ("For tre år siden tog arbejdsgiveren hans pas, og han har stadig ikke fået det tilbage.", "da"),
    ])
    func pastWithoutResolution(_ text: String, _ language: String) {
        #expect(Fixtures.ids(text, language: language).contains("coercion.documents_confiscated"), "\(text)")
    }

    @Test("a question about the rules is no evidence", arguments: [
        ("A shop owner asks whether he may keep his staff's passports in the safe.", "en"),
        ("En vognmand spørger, om han må opbevare chaufførernes pas på kontoret.", "da"),
    ])
    func questions(_ text: String, _ language: String) {
        #expect(!Fixtures.ids(text, language: language).contains("coercion.documents_confiscated"), "\(text)")
    }

    @Test("a threat of arrest is a threat, never custody", arguments: [
        ("The farmer says he will have them arrested if they leave.", "en"),
        ("Chefen truer med, at han bliver anholdt, hvis han klager.", "da"),
        ("If she talks, the police will put her in prison, the madam says.", "en"),
    ])
    func threatIsNotCustody(_ text: String, _ language: String) {
        let result = Fixtures.assess(text, language: language)
        #expect(!result.flags.contains("in_custody"), "\(text)")
        #expect(!result.indicators.isEmpty, "a threat is still evidence: \(text)")
    }

    @Test("custody stated as a fact is custody", arguments: [
        ("He was arrested yesterday and is now remanded in custody.", "en"),
        ("Hun sidder i Ellebæk og venter på at blive udsendt.", "da"),
    ])
    func custody(_ text: String, _ language: String) {
        #expect(Fixtures.assess(text, language: language).flags.contains("in_custody"), "\(text)")
    }

    @Test("a sentence-long negation reaches past its comma", arguments: [
        ("Intet, der tyder på, at nogen truer ham eller har taget hans pas.", "da"),
        ("He denies that anyone has threatened him or taken his passport.", "en"),
        ("There is no sign that the employer keeps their papers.", "en"),
    ])
    func sentenceNegation(_ text: String, _ language: String) {
        #expect(Fixtures.ids(text, language: language).isEmpty, "\(text) -> \(Fixtures.ids(text, language: language))")
    }

    @Test("wages owed by an employer are a labour dispute, not debt bondage", arguments: [
        ("The restaurant owes him three months of wages.", "en"),
        ("Firmaet skylder hende løn for to måneder.", "da"),
    ])
    func owedWages(_ text: String, _ language: String) {
        let ids = Fixtures.ids(text, language: language)
        #expect(!ids.contains("coercion.debt_bondage"), "\(text) -> \(ids)")
        #expect(Fixtures.assess(text, language: language).band == .low)
    }

    @Test("domestic violence without exploitation is no trafficking indicator", arguments: [
        ("Her husband hits her when he is drunk. She has her own job and her own money, and nobody makes her work for him.", "en"),
        ("Hendes kæreste slår hende. Hun har sit eget job og sin egen løn, og ingen tvinger hende til at arbejde.", "da"),
    ])
    func domesticViolence(_ text: String, _ language: String) {
        #expect(Fixtures.assess(text, language: language).band == .none, "\(text)")
    }

    @Test("violence with exploitation still counts", arguments: [
        ("Her boyfriend beats her and takes all the money she earns from the clients he sends her.", "en"),
    ])
    func violenceWithExploitation(_ text: String, _ language: String) {
        #expect(Fixtures.assess(text, language: language).band == .high, "\(text)")
    }

    @Test("Danish written without æøå is read with the letters restored", arguments: [
        ("Chefen har taget hans pas, og han faar ingen loen. Han maa ikke gaa ud.", "Chefen har taget hans pas, og han får ingen løn. Han må ikke gå ud."),
    ])
    func danishSpelling(_ plain: String, _ written: String) {
        #expect(Fixtures.ids(plain, language: "da") == Fixtures.ids(written, language: "da"))
        #expect(!Fixtures.ids(plain, language: "da").isEmpty)
    }

    @Test("'own' after a negation is part of it, not a second negation", arguments: [
        ("Hun har ikke adgang til sin egen bankkonto.", "da", "coercion.financial_control"),
        ("He does not have his own passport any more; the agency has it.", "en", "coercion.documents_confiscated"),
    ])
    func doubleNegation(_ text: String, _ language: String, _ expected: String) {
        #expect(Fixtures.ids(text, language: language).contains(expected), "\(text)")
    }

    @Test("holding one's own papers is no evidence", arguments: [
        ("She keeps her own passport in her own bag.", "en"),
        ("Han har selv sit eget pas og sin egen bankkonto.", "da"),
    ])
    func ownPapers(_ text: String, _ language: String) {
        #expect(Fixtures.ids(text, language: language).isEmpty, "\(text) -> \(Fixtures.ids(text, language: language))")
    }
}
