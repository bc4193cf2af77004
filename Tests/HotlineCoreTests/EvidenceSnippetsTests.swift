import Foundation
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

    @Test("splicing the snippets into the stored bytes gives what the tree gives, for every call of our own labelled sets")
    func spliceEqualsTree() throws {
        let folder = URL(fileURLWithPath: Fixtures.catalogPath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Vignettes")
        var narratives: [String] = []
        for name in ["own-calls-1.jsonl", "own-calls-5.jsonl"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                if let narrative = object?["narrative"] as? String { narratives.append(narrative) }
            }
        }
        try #require(narratives.count >= 200)
        var withEvidence = 0
        for (number, narrative) in narratives.enumerated() {
            // Every third call also gets the next call's narrative as a note that adds facts.
            var input = TriageInput(narrative: narrative, callerRole: .thirdParty)
            let note = narratives[(number + 1) % narratives.count]
            if number % 3 == 0 { input.factNotes = [FactNote(id: 7, text: note)] }
            let stripped = StoredJSON(EvidenceSnippets.removed(from: Fixtures.engine.assess(input).json))
            if EvidenceSnippets.hasEvidence(stripped.value) { withEvidence += 1 }
            for (text, noteText) in [(narrative, Optional(note)), ("", ""), (narrative, nil)] {
                let tree = EvidenceSnippets.restored(in: stripped.value, narrative: text) { $0 == 7 ? noteText : nil }
                let spliced = EvidenceSnippets.restoredBytes(stripped, narrative: text) { $0 == 7 ? noteText : nil }
                #expect(spliced == (EvidenceSnippets.hasEvidence(stripped.value) ? tree.serialized() : stripped.bytes), "call \(number)")
            }
        }
        #expect(withEvidence > narratives.count / 2)
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
