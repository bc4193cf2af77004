import HotlineCore
import Testing

/// A caller quoted in the other language is read in that language too; a narrative in one language
/// with a stray loan word is not. Phrasings written for this suite.
@Suite("Sentences in the other language")
struct ForeignSentenceTests {
    @Test(arguments: [
        ("Naboen siger, at manden råbte 'the boss has my passport and he will not give it back' i telefonen.", "coercion.documents_confiscated"),
        ("Plukkeren skrev på sms: 'we are locked in at night and cannot go out'. Han bor på gården.", "coercion.confinement_or_surveillance"),
        ("Opkalder gengiver: 'he said if I go to the police he will hurt my family'. Hun er bange.", "coercion.threats_to_family_or_exposure"),
        ("Kvinden sagde kun 'they took my phone and my papers' og græd.", "coercion.confinement_or_surveillance"),
    ])
    func englishQuotedInDanish(_ text: String, _ indicator: String) {
        let ids = Fixtures.ids(text, language: "da")
        #expect(ids.contains(indicator), "\(text) -> \(ids.sorted())")
    }

    @Test(arguments: [
        ("The neighbour heard her shout 'han har taget mit pas og jeg må ikke gå' before the door closed.", "coercion.documents_confiscated"),
        ("He wrote in Danish: 'vi må ikke forlade gården uden chefen'. They pick strawberries.", "coercion.confinement_or_surveillance"),
        ("The girl kept repeating 'han tager alle pengene' about the man who drives her.", "exploitation.pay_handed_back"),
        ("The caller read out the text message: 'de låser os inde hver nat'.", "coercion.confinement_or_surveillance"),
    ])
    func danishQuotedInEnglish(_ text: String, _ indicator: String) {
        let ids = Fixtures.ids(text, language: "en")
        #expect(ids.contains(indicator), "\(text) -> \(ids.sorted())")
    }

    @Test(arguments: [
        ("Hun arbejder som au pair og er glad for familien, som er søde ved hende. Hun vil vide, hvornår hun har ferie.", "da"),
        ("He works in a café and has a written contract; he asks about holiday pay under Danish rules.", "en"),
    ])
    func oneLanguageIsReadOnce(_ text: String, _ language: String) {
        #expect(Fixtures.assess(text, language: language).indicators.isEmpty)
    }
}
