import HotlineCore
import Testing

/// One-sentence paraphrases of the most common indicators (and calm sentences that must find nothing),
/// so that catalog edits keep covering the ways operators write them.
@Suite("Paraphrases")
struct ParaphraseTests {
    static let sentences: [(String, String, String?)] = [
        (#"The employer confiscated his passport."#, "en", "coercion.documents_confiscated"),
        (#"His boss is holding on to his passport."#, "en", "coercion.documents_confiscated"),
        (#"She had to hand over her passport to the agent."#, "en", "coercion.documents_confiscated"),
        (#"The agency kept their ID cards."#, "en", "coercion.documents_confiscated"),
        (#"She does not have her passport; the family keeps it."#, "en", "coercion.documents_confiscated"),
        (#"Chefen har beslaglagt hans pas."#, "da", "coercion.documents_confiscated"),
        (#"Hun måtte aflevere sit pas til agenten."#, "da", "coercion.documents_confiscated"),
        (#"Familien opbevarer hendes pas."#, "da", "coercion.documents_confiscated"),
        (#"Han har ikke sit pas, for arbejdsgiveren har det."#, "da", "coercion.documents_confiscated"),
        (#"He was threatened with a knife."#, "en", "coercion.threats"),
        (#"The boss said he would hurt him if he left."#, "en", "coercion.threats"),
        (#"Manden siger, at han vil slå hende ihjel, hvis hun går til politiet."#, "da", "coercion.threats"),
        (#"Hun bliver truet af bagmanden."#, "da", "coercion.threats"),
        (#"He owes the recruiter 5,000 euros."#, "en", "coercion.debt_bondage"),
        (#"She has a huge debt to the man who brought her."#, "en", "coercion.debt_bondage"),
        (#"Hun har en stor gæld til manden, der bragte hende hertil."#, "da", "coercion.debt_bondage"),
        (#"Han skal betale 50.000 kroner af til bagmanden."#, "da", "coercion.debt_bondage"),
        (#"They work 16 hours every day."#, "en", "exploitation.excessive_hours"),
        (#"He works from 5 in the morning until 11 at night."#, "en", "exploitation.excessive_hours"),
        (#"She never gets a day off."#, "en", "exploitation.excessive_hours"),
        (#"De arbejder 16 timer hver dag."#, "da", "exploitation.excessive_hours"),
        (#"Hun har aldrig fri."#, "da", "exploitation.excessive_hours"),
        (#"Han arbejder fra klokken 5 om morgenen til 23 om aftenen."#, "da", "exploitation.excessive_hours"),
        (#"He has not received any salary."#, "en", "exploitation.low_or_no_pay"),
        (#"She is paid almost nothing."#, "en", "exploitation.low_or_no_pay"),
        (#"They get no money for their work."#, "en", "exploitation.low_or_no_pay"),
        (#"Han har ikke modtaget nogen løn."#, "da", "exploitation.low_or_no_pay"),
        (#"Hun får næsten ingen penge."#, "da", "exploitation.low_or_no_pay"),
        (#"De arbejder gratis."#, "da", "exploitation.low_or_no_pay"),
        (#"They sleep on mattresses on the floor of the factory."#, "en", "exploitation.bad_living_conditions"),
        (#"Ten men share one small room."#, "en", "exploitation.bad_living_conditions"),
        (#"Ti mænd deler et lille værelse."#, "da", "exploitation.bad_living_conditions"),
        (#"De sover på madrasser på gulvet i fabrikken."#, "da", "exploitation.bad_living_conditions"),
        (#"She is never allowed out of the house."#, "en", "coercion.confinement_or_surveillance"),
        (#"The doors are locked at night so they cannot get out."#, "en", "coercion.confinement_or_surveillance"),
        (#"There are cameras everywhere in the house."#, "en", "coercion.confinement_or_surveillance"),
        (#"Hun må aldrig gå ud af huset."#, "da", "coercion.confinement_or_surveillance"),
        (#"Døren bliver låst om natten, så de ikke kan komme ud."#, "da", "coercion.confinement_or_surveillance"),
        (#"Der er kameraer overalt i huset."#, "da", "coercion.confinement_or_surveillance"),
        (#"He was hit by the supervisor."#, "en", "coercion.violence"),
        (#"Formanden har slået ham."#, "da", "coercion.violence"),
        (#"Hun er blevet udsat for vold."#, "da", "coercion.violence"),
        (#"She is forced to have sex with customers."#, "en", "exploitation.sold_for_sex"),
        (#"He sells her to other men."#, "en", "exploitation.sold_for_sex"),
        (#"Hun bliver tvunget til at have sex med kunder."#, "da", "exploitation.sold_for_sex"),
        (#"Han sælger hende til andre mænd."#, "da", "exploitation.sold_for_sex"),
        (#"The employer threatened to report him to immigration."#, "en", "coercion.threat_of_denunciation"),
        (#"Chefen truer med at melde ham til politiet."#, "da", "coercion.threat_of_denunciation"),
        (#"Hun er bange for at blive udvist."#, "da", "vulnerability.fear_of_authorities"),
        (#"She has her passport and is free to leave."#, "en", nil),
        (#"He is paid fairly and has a contract."#, "en", nil),
        (#"Han har sit pas og får sin løn til tiden."#, "da", nil),
        (#"Der er ingen tegn på tvang eller vold."#, "da", nil),
        (#"No one has threatened her and she has no debts."#, "en", nil),
        (#"Hun er ikke blevet truet og skylder ingen penge."#, "da", nil),
    ]

    @Test func everyParaphraseFindsItsIndicator() {
        for (sentence, language, expected) in Self.sentences {
            let ids = Fixtures.ids(sentence, language: language)
            if let expected {
                #expect(ids.contains(expected), "\(sentence) -> \(ids.sorted())")
            } else {
                #expect(ids.isEmpty, "\(sentence) -> \(ids.sorted())")
            }
        }
    }
}
