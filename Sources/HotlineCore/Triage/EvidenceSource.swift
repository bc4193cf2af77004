/// Where a piece of evidence came from.
public enum EvidenceSource: String, Sendable, Codable {
    /// A phrase in the narrative.
    case narrative
    /// A "yes" in the record's checklist.
    case checklist
    /// A phrase in a note that adds facts (the caller rang back with more).
    case note
}
