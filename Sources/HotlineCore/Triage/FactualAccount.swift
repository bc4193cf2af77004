/// A call's narrative followed by its fact notes, each as a paragraph of its own, and where each
/// note begins, so that evidence found in the whole account can point into the note it came from.
struct FactualAccount {
    /// The paragraph break between parts: it ends a sentence, so no phrase spans two parts.
    static let separator = "\n\n"

    /// The narrative and the notes, joined.
    let text: String
    /// Each note and the Unicode scalar offset where its text begins in ``text``, in order.
    private let parts: [(note: FactNote, start: Int)]

    init(narrative: String, notes: [FactNote]) {
        var text = narrative
        var offset = narrative.unicodeScalars.count
        var parts: [(note: FactNote, start: Int)] = []
        for note in notes {
            text += Self.separator
            offset += Self.separator.unicodeScalars.count
            parts.append((note, offset))
            text += note.text
            offset += note.text.unicodeScalars.count
        }
        self.text = text
        self.parts = parts
    }

    /// The indicator with its evidence moved into the note it lies in (offsets then count from the
    /// note's start); evidence in the narrative, or from the checklist, is left as it is.
    func locate(_ indicator: TriageResult.MatchedIndicator) -> TriageResult.MatchedIndicator {
        guard indicator.source == .narrative, let evidence = indicator.evidence,
              let part = parts.last(where: { $0.start <= evidence.start }) else { return indicator }
        var moved = indicator
        moved.source = .note
        moved.noteID = part.note.id
        moved.evidence = TriageResult.Evidence(start: evidence.start - part.start, end: evidence.end - part.start, text: evidence.text)
        return moved
    }
}
