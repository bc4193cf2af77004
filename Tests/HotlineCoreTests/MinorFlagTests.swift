import HotlineCore
import Testing

@Suite("Minor and context flags")
struct MinorFlagTests {
    @Test(arguments: [
        ("En 15-årig pige bliver solgt til mænd af sin kæreste.", "da"),
        ("A 14-year-old boy works every night in a car wash.", "en"),
        ("Drengen er mindreårig og sover i et lager.", "da"),
        ("Pigen på 16 år arbejder hver aften.", "da"),
        ("A fifteen-year-old girl cleans the whole house every day for the family.", "en"),
        ("En fjorten-årig dreng skal sælge hash for de ældre fyre.", "da"),
        ("Pigen er sytten år gammel og passer børnene.", "da"),
    ])
    func statedMinorIsFlagged(_ text: String, _ language: String) {
        #expect(Fixtures.assess(text, language: language, callerRole: "third_party").flags.contains("minor"))
    }

    @Test(arguments: [
        ("A mother called: her 15-year-old daughter is fine, but the mother's boss took her passport.", "en"),
        ("He has worked here for 15 years and is not paid for overtime.", "en"),
        ("En 34-årig kvinde fortæller, at hendes 12-årige søn er hjemme i Rumænien.", "da"),
        ("Han har arbejdet 16 år i firmaet.", "da"),
        ("My daughter is 14 and wants a summer job. Nothing has happened.", "en"),
    ])
    func adultsAreNeverFlaggedMinor(_ text: String, _ language: String) {
        #expect(!Fixtures.assess(text, language: language).flags.contains("minor"))
    }

    /// An estimated age is a stated age: operators write what they were told or saw.
    @Test(arguments: [
        ("To piger, måske 16, bliver hentet af en mand hver aften.", "da"),
        ("Pigen, ca. 15 år, sover på klinikken.", "da"),
        ("Drengen er omkring 14 år og tigger ved stationen.", "da"),
        ("Tre unge, cirka 16 år, arbejder i vaskehallen om natten.", "da"),
        ("Two girls, maybe 16, are collected by a man every evening.", "en"),
        ("A boy of around 14 begs outside the station.", "en"),
        ("Client 16 y, lives with a man who is not family.", "en"),
        ("Three kids, about 15, work at the car wash at night.", "en"),
    ])
    func estimatedMinorIsFlagged(_ text: String, _ language: String) {
        #expect(Fixtures.assess(text, language: language, callerRole: "third_party").flags.contains("minor"), "\(text)")
    }

    @Test(arguments: [
        ("He works about 12, sometimes 14 hours a day.", "en"),
        ("They are paid around 15, never more.", "en"),
        ("Han arbejder omkring 12 timer om dagen.", "da"),
        ("Hun tjener måske 16 kroner i timen.", "da"),
    ])
    func estimatedNumbersThatAreNoAge(_ text: String, _ language: String) {
        #expect(!Fixtures.assess(text, language: language).flags.contains("minor"), "\(text)")
    }

    /// A third-party caller's own age is not the subject's; a child calling about themself is.
    @Test func callersOwnAgeIsNotTheSubjects() {
        for text in ["I'm 17 and worked beside them on the farm all summer; the pickers had their phones taken.",
                     "Jeg er 16 og har set, at de voksne arbejdere får taget deres pas."] {
            #expect(!Fixtures.assess(text, callerRole: "third_party").flags.contains("minor"), "\(text)")
            #expect(Fixtures.assess(text, callerRole: "self").flags.contains("minor"), "\(text)")
        }
        #expect(!Fixtures.assess("He came with his children aged 8 and 11 and is at Sandholm.", language: "en",
                                 callerRole: "third_party").flags.contains("minor"))
    }

    /// A child named as selling sex or committing crime is exploited on that fact alone; a rumour of it is not enough for high.
    @Test func childNamedInCommercialSexIsHigh() {
        for (text, language) in [("Pigen er 16 år og sælger sex.", "da"), ("The girl, about 15, sells sex from a flat.", "en"),
                                 ("Drengen på 14 stjæler for de store drenge.", "da")] {
            let result = Fixtures.assess(text, language: language, callerRole: "third_party")
            #expect(result.band == .high, "\(text) -> \(result.band)")
        }
        let rumour = Fixtures.assess("People say the 16-year-old maybe sells sex.", language: "en", callerRole: "third_party")
        #expect(rumour.band <= .medium)
    }

    @Test func recordAgeOverridesTheNarrative() {
        #expect(!Fixtures.assess("A 16-year-old works 14 hours a day.", language: "en", subjectAge: 19).flags.contains("minor"))
        #expect(!Fixtures.assess("The minor works 14 hours a day.", language: "en", ageGroup: "adult").flags.contains("minor"))
        #expect(Fixtures.assess("She works 14 hours a day.", language: "en", ageGroup: "child").flags.contains("minor"))
    }

    @Test func unaccompaniedNeedsAMinor() {
        let child = Fixtures.assess("En 16-årig uledsaget dreng sendes ud for at stjæle.", language: "da", callerRole: "professional")
        #expect(Set(child.flags) == ["minor", "unaccompanied_minor"])
        #expect(child.actions.contains { $0.id == "red_cross_and_municipality" })
        let adult = Fixtures.assess("A 30-year-old man travelled unaccompanied.", language: "en")
        #expect(!adult.flags.contains("unaccompanied_minor"))
    }
}
