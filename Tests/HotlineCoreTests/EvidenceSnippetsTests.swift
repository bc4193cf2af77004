import HotlineCore
import Testing

/// Stored results keep evidence offsets only; the snippets are cut again from the current text when
/// a record is read. For the engine's own results that gives back exactly what the engine answered.
@Suite("Evidence snippets taken out and cut again")
struct EvidenceSnippetsTests {
    static let narrative = "En ung kvinde fra Nigeria 🇳🇬 er stuepige på et vandrerhjem ved Odense. Hendes veninde er bekymret for hende."
    static let note = "Veninden ringede igen. Chefen har taget kvindens pas, og hun skal betale 50.000 kr. tilbage, før hun må rejse. Han har sagt, at hendes familie derhjemme kommer til skade, hvis hun går til politiet."

    @Test("the engine's result, without snippets and cut again from narrative and note, is the same tree and the same bytes")
    func roundTrip() throws {
        var input = TriageInput(narrative: Self.narrative, language: .danish, callerRole: .professional)
        input.factNotes = [FactNote(id: 41, text: Self.note)]
        let result = Fixtures.engine.assess(input).json
        let stripped = EvidenceSnippets.removed(from: result)
        #expect(!String(decoding: stripped.serialized(), as: UTF8.self).contains("pas"), "no snippet left")
        #expect(EvidenceSnippets.hasEvidence(stripped))
        let restored = EvidenceSnippets.restored(in: stripped, narrative: Self.narrative) { $0 == 41 ? Self.note : nil }
        #expect(restored.serialized() == result.serialized())
    }

    @Test("after shredding (empty narrative and notes), or with offsets that do not fit, evidence keeps its offsets and no text")
    func shredded() {
        var input = TriageInput(narrative: Self.narrative, language: .danish, callerRole: .professional)
        input.factNotes = [FactNote(id: 41, text: Self.note)]
        let stripped = EvidenceSnippets.removed(from: Fixtures.engine.assess(input).json)
        let restored = EvidenceSnippets.restored(in: stripped, narrative: "") { _ in "" }
        #expect(restored == stripped)
        let missingNote = EvidenceSnippets.restored(in: stripped, narrative: Self.narrative) { _ in nil }
        #expect(!String(decoding: missingNote.serialized(), as: UTF8.self).contains("\"text\":\"pas"))
    }
}
