/// Reads the small bodies of case work (a note, a referral, a referral's outcome) as strictly as
/// intake reads a call: one JSON object, known keys only, closed vocabularies, text in NFC, and no
/// submitted value repeated in an error.
public struct CaseBodyParser: Sendable {
    /// Longest note, in Unicode code points.
    public static let maxNoteLength = 4000

    public init() {}

    /// A note: `{"text": ..., "language": "da"|"en", "adds_facts": bool}`.
    public func note(_ body: [UInt8]) throws(RecordValidationError) -> NewNote {
        let members = try JSONBody.object(body, allowed: ["text", "language", "adds_facts"])
        let normalized = try JSONBody.requiredText(members, "text", maxLength: Self.maxNoteLength, missing: "text is required.")
        var note = NewNote(text: normalized, language: try JSONBody.code(members, "language", NarrativeLanguage.self, nullable: true))
        if let flag = members["adds_facts"], flag != .null {
            guard case .bool(let value) = flag else { throw RecordValidationError(.wrongType, field: "adds_facts", "adds_facts must be true or false.") }
            note.addsFacts = value
        }
        return note
    }

    /// A referral: `{"target": ...}`.
    public func referral(_ body: [UInt8]) throws(RecordValidationError) -> ReferralTarget {
        try required(JSONBody.object(body, allowed: ["target"]), "target", ReferralTarget.self)
    }

    /// A referral's outcome: `{"outcome": ...}`.
    public func outcome(_ body: [UInt8]) throws(RecordValidationError) -> ReferralOutcome {
        try required(JSONBody.object(body, allowed: ["outcome"]), "outcome", ReferralOutcome.self)
    }

    private func required<Value: RawRepresentable & CaseIterable>(
        _ members: [String: JSONValue], _ key: String, _ type: Value.Type
    ) throws(RecordValidationError) -> Value where Value.RawValue == String {
        guard let value = try JSONBody.code(members, key, type, nullable: true) else {
            throw RecordValidationError(.missingField, field: key, "\(key) is required.")
        }
        return value
    }
}

/// A note as an operator writes it. The text is sensitive: stored and shown, never logged.
public struct NewNote: Sendable, Equatable {
    public var text: String
    public var language: NarrativeLanguage?
    /// The caller rang back with more facts.
    public var addsFacts = false

    public init(text: String, language: NarrativeLanguage? = nil, addsFacts: Bool = false) {
        self.text = text
        self.language = language
        self.addsFacts = addsFacts
    }
}
