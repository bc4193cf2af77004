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
