/// The snippets of a triage result's evidence: copies of the call's free text, so they are never
/// stored. The stored result keeps each piece of evidence as offsets only (``removed(from:)``); the
/// snippets are cut again from the current text when the record is read (``restored(in:narrative:noteText:)``).
/// Once the call is shredded there is no text to cut from, and the evidence has offsets only.
public enum EvidenceSnippets {
    /// `result` with the `text` of every indicator's evidence taken out.
    public static func removed(from result: JSONValue) -> JSONValue {
        mapEvidence(in: result) { _, evidence in
            var evidence = evidence
            evidence["text"] = nil
            return evidence
        }
    }

    /// Whether `result` has evidence with offsets to cut a snippet at.
    public static func hasEvidence(_ result: JSONValue) -> Bool {
        guard case .object(let members) = result, case .array(let indicators)? = members["indicators"] else { return false }
        return indicators.contains { indicator in
            if case .object(let fields) = indicator, case .object? = fields["evidence"] { return true }
            return false
        }
    }

    /// `result` with each piece of evidence given its snippet again: cut from `narrative`, or from
    /// the note `noteText` returns for evidence with `"source":"note"` and a `note_id`, at the
    /// evidence's Unicode code point offsets. Evidence whose text is gone (a shredded call: empty
    /// narrative and notes) or whose offsets do not fit is left with offsets only.
    public static func restored(in result: JSONValue, narrative: String, noteText: (Int64) -> String?) -> JSONValue {
        mapEvidence(in: result) { indicator, evidence in
            var evidence = evidence
            evidence["text"] = nil
            guard case .integer(let start)? = evidence["start"], case .integer(let end)? = evidence["end"] else { return evidence }
            let source: String?
            if indicator["source"] == .string(EvidenceSource.note.rawValue) {
                guard case .integer(let noteID)? = indicator["note_id"] else { return evidence }
                source = noteText(Int64(noteID))
            } else {
                source = narrative
            }
            guard let source, let snippet = cut(source, from: start, to: end) else { return evidence }
            evidence["text"] = .string(snippet)
            return evidence
        }
    }

    /// The stored result's text with each piece of evidence given its snippet again, as the answer
    /// carries it; `stored` as it is when it has no evidence.
    ///
    /// The snippets are spliced into the stored bytes (``EvidenceSplice``); text of another shape
    /// goes through the tree, with the same result.
    public static func restoredBytes(_ stored: StoredJSON, narrative: String, noteText: (Int64) -> String?) -> [UInt8] {
        if let spliced = EvidenceSplice.restored(stored.bytes, narrative: narrative, noteText: noteText) { return spliced }
        let tree = stored.value
        guard hasEvidence(tree) else { return stored.bytes }
        return restored(in: tree, narrative: narrative, noteText: noteText).serialized()
    }

    /// The code points `start..<end` of `text`, or nil when they are not within it (or empty).
    static func cut(_ text: String, from start: Int, to end: Int) -> String? {
        let scalars = text.unicodeScalars
        guard start >= 0, start < end, end <= scalars.count else { return nil }
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        return String(scalars[lower..<upper])
    }

    private static func mapEvidence(
        in result: JSONValue, _ transform: ([String: JSONValue], [String: JSONValue]) -> [String: JSONValue]
    ) -> JSONValue {
        guard case .object(var members) = result, case .array(let indicators)? = members["indicators"] else { return result }
        members["indicators"] = .array(indicators.map { indicator in
            guard case .object(var fields) = indicator, case .object(let evidence)? = fields["evidence"] else { return indicator }
            fields["evidence"] = .object(transform(fields, evidence))
            return .object(fields)
        })
        return .object(members)
    }
}
