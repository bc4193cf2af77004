import HotlineCore
import Testing

/// Synthetic calls written for these tests (not the evaluation set): the kinds of calls the hotline gets.
@Suite("Vignettes")
struct VignetteTests {
    struct Vignette: Sendable, CustomStringConvertible {
        var id: String
        var narrative: String
        var language: String?
        var role: String
        var bands: Set<TriageBand>
        var presumed: Bool?
        var exploitation: [String] = []
        var flags: Set<String> = []
        var description: String { id }
    }

    static let vignettes: [Vignette] = [
        Vignette(id: "greenhouse", narrative: "En ukrainsk mand ringer fra et gartneri på Fyn. Han og otte andre betalte et bureau i Lviv for jobbet og fik lovet 150 kroner i timen, men får 40. De arbejder 12 timer om dagen uden fridage, og arbejdsgiveren opbevarer deres pas i et pengeskab. Han siger, at de skylder bureauet penge for rejsen.",
                 language: "da", role: "self", bands: [.high], presumed: nil, exploitation: ["labour"]),
        Vignette(id: "nail-salon", narrative: "A woman who gets her nails done in Aalborg calls. Two young Vietnamese women work there from early morning until late evening, seven days a week, and sleep in the back room. The owner answers for them when anyone asks a question. The caller thinks they might not be paid.",
                 language: "en", role: "third_party", bands: [.medium, .high], presumed: nil, exploitation: ["labour"]),
        Vignette(id: "pickpocket-boy", narrative: "Politiet ringer om en 13-årig dreng, der er anholdt for lommetyveri på Strøget. Han har ingen papirer, taler kun rumænsk og fortæller, at en voksen mand tager alt, hvad han stjæler, og slår ham, hvis der ikke er nok.",
                 language: "da", role: "professional", bands: [.high], presumed: nil, exploitation: ["criminality"], flags: ["minor", "in_custody"]),
        Vignette(id: "holiday-pay", narrative: "A Danish warehouse worker asks whether his employer may refuse holiday pay. He has a contract, lives in his own flat and is free to leave the job.",
                 language: "en", role: "self", bands: [.none, .low], presumed: false),
        Vignette(id: "student", narrative: "En studerende vil gerne vide, hvor mange ofre for menneskehandel der blev identificeret sidste år.",
                 language: nil, role: "other", bands: [.none], presumed: false),
        Vignette(id: "escort-hiding", narrative: "A Nigerian woman calls from a toilet in a flat in Odense. She was told she would work as a hairdresser, but a madam says she owes 40,000 euros and must see clients to pay it back. The madam has her passport. She is hiding right now and is afraid the madam will find her.",
                 language: "en", role: "self", bands: [.high], presumed: true, exploitation: ["sexual"], flags: ["immediate_danger"]),
        Vignette(id: "cousin-doubt", narrative: "Kvinde ringer, fordi hendes fætter har fået tilbudt arbejde i Danmark gennem en bekendt. Han er ikke rejst endnu, og der er ingen tegn på gæld eller trusler.",
                 language: "da", role: "third_party", bands: [.none, .low], presumed: false),
        Vignette(id: "mother-daughter", narrative: "A 41-year-old mother asks for advice: her 15-year-old daughter wants a summer job at a café. Nothing worrying has happened.",
                 language: "en", role: "self", bands: [.none, .low], presumed: false),
    ]

    @Test(arguments: vignettes)
    func vignette(_ vignette: Vignette) {
        let result = Fixtures.engine.assess(TriageInput(narrative: vignette.narrative, language: vignette.language.flatMap(NarrativeLanguage.init(rawValue:)),
                                                        callerRole: CallerRole(rawValue: vignette.role)))
        #expect(vignette.bands.contains(result.band), "\(vignette.id): band \(result.band) score \(result.score)")
        if let presumed = vignette.presumed { #expect(result.presumedTrafficking == presumed, "\(vignette.id)") }
        for type in vignette.exploitation { #expect(result.exploitation.contains(type), "\(vignette.id): \(result.exploitation)") }
        #expect(Set(result.flags) == vignette.flags, "\(vignette.id): \(result.flags)")
    }

    @Test func evidenceSpansSliceTheNarrative() {
        for vignette in Self.vignettes {
            let result = Fixtures.engine.assess(TriageInput(narrative: vignette.narrative, language: vignette.language.flatMap(NarrativeLanguage.init(rawValue:)),
                                                            callerRole: CallerRole(rawValue: vignette.role)))
            let scalars = Array(vignette.narrative.unicodeScalars)
            for indicator in result.indicators {
                let evidence = try! #require(indicator.evidence)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[evidence.start..<evidence.end])
                #expect(String(view) == evidence.text)
                #expect(!evidence.text.isEmpty)
            }
        }
    }

    @Test func resultEncodesWithTheAgreedKeys() throws {
        let result = Fixtures.assess("The owner took his passport and he works 14 hours a day.", language: "en")
        let json = try String(decoding: JSONEncoding.encode(result), as: UTF8.self)
        for key in ["\"score\"", "\"band\"", "\"presumed_trafficking\"", "\"profile\"", "\"language\"", "\"exploitation\"",
                    "\"flags\"", "\"dimensions\"", "\"indicators\"", "\"actions\"", "\"next_questions\"",
                    "\"catalog_version\"", "\"evidence\"", "\"attribution\"", "\"source\"", "\"strength\"", "\"status\""] {
            #expect(json.contains(key), "missing \(key)")
        }
    }

    @Test func engineIsSafeToShareBetweenTasks() async {
        let narrative = Self.vignettes[0].narrative
        let expected = Fixtures.assess(narrative, language: "da")
        await withTaskGroup(of: TriageResult.self) { group in
            for _ in 0..<16 { group.addTask { Fixtures.assess(narrative, language: "da") } }
            for await result in group { #expect(result == expected) }
        }
    }
}
