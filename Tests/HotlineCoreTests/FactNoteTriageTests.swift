import HotlineCore
import Testing

/// A caller rings back with more: notes that add facts are read after the narrative, one decision
/// covers the whole account, and evidence found in a note points into that note. The phrasings are
/// written for these tests.
@Suite("Triage over the narrative and its fact notes")
struct FactNoteTriageTests {
    func assess(_ narrative: String, language: NarrativeLanguage, notes: [FactNote]) -> TriageResult {
        var input = TriageInput(narrative: narrative, language: language, callerRole: .professional)
        input.factNotes = notes
        return Fixtures.engine.assess(input)
    }

    @Test("a note with the facts raises the band, and its evidence points into the note",
          arguments: [
            ("A man from Moldova sorts parcels at a warehouse near Vejle. A colleague thinks he looks worn out.",
             "He called again: the foreman has his passport, and he must pay back 30,000 for the trip before he may leave. They said he will be beaten if he tells anyone.",
             NarrativeLanguage.english),
            ("En ung kvinde fra Nigeria er stuepige på et vandrerhjem ved Odense. Hendes veninde er bekymret for hende.",
             "Veninden ringede igen. Chefen har taget kvindens pas, og hun skal betale 50.000 kr. tilbage, før hun må rejse. Han har sagt, at hendes familie derhjemme kommer til skade, hvis hun går til politiet.",
             NarrativeLanguage.danish),
          ])
    func noteRaisesBand(narrative: String, note: String, language: NarrativeLanguage) throws {
        let before = assess(narrative, language: language, notes: [])
        let after = assess(narrative, language: language, notes: [FactNote(id: 41, text: note)])
        #expect(after.band > before.band, "\(before.band) -> \(after.band)")
        let inNote = after.indicators.filter { $0.source == .note }
        #expect(!inNote.isEmpty)
        for indicator in inNote {
            #expect(indicator.noteID == 41)
            let evidence = try #require(indicator.evidence)
            let scalars = Array(note.unicodeScalars)
            #expect(evidence.end <= scalars.count)
            #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text,
                    "offsets count from the note's start")
        }
        #expect(after.indicators.allSatisfy { $0.source != .narrative || $0.noteID == nil })
    }

    @Test("evidence in the narrative stays there, and each note's evidence names its own note")
    func twoNotes() throws {
        let narrative = "Her employer keeps her passport in the office safe."
        let first = "She works every day of the week from six until late."
        let second = "Last night the boss hit her when she asked about her wages."
        let result = assess(narrative, language: .english, notes: [FactNote(id: 3, text: first), FactNote(id: 9, text: second)])
        let byID = Dictionary(result.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let passport = try #require(byID["coercion.documents_confiscated"])
        #expect(passport.source == .narrative && passport.noteID == nil)
        let violence = try #require(byID["coercion.violence"])
        #expect(violence.source == .note && violence.noteID == 9)
        #expect(result.indicators.contains { $0.noteID == 3 }, "the hours are found in the first note")
        let alone = assess(narrative, language: .english, notes: [])
        #expect(result.indicators.count == alone.indicators.count + 2, "the notes' evidence counts in the one decision")
    }

    @Test("a fact note with nothing in it changes nothing: same band, same evidence at the same offsets in the narrative")
    func emptyNote() {
        let narrative = "The owner of the farm took their phones and they sleep in a locked container."
        let plain = assess(narrative, language: .english, notes: [])
        let noted = assess(narrative, language: .english, notes: [FactNote(id: 5, text: "The caller rang again to say thank you.")])
        #expect(!plain.indicators.isEmpty)
        #expect(noted.band == plain.band && noted.score == plain.score)
        #expect(noted.indicators == plain.indicators, "evidence still points into the narrative, at the same offsets")
    }
}
