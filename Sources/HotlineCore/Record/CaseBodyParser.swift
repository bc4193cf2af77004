/// Reads the small bodies of case work (a note, a referral, a referral's outcome) as strictly as
/// intake reads a call: one JSON object, known keys only, closed vocabularies, text in NFC, and no
/// submitted value repeated in an error.
public struct CaseBodyParser: Sendable {
    /// Longest note, in Unicode code points.
    public static let maxNoteLength = 4000

    public init() {}

    /// A note: `{"text": ..., "language": "da"|"en", "adds_facts": bool}`.
    public func note(_ body: [UInt8]) throws(RecordValidationError) -> NewNote {
        let members = try object(body, allowed: ["text", "language", "adds_facts"])
        guard let text = members["text"], text != .null else {
            throw RecordValidationError(.missingField, field: "text", "text is required.")
        }
        guard case .string(let sent) = text else { throw RecordValidationError(.wrongType, field: "text", "text must be a string.") }
        guard sent.hasBoundedCharacters else {
            throw RecordValidationError(.invalidField, field: "text",
                                        "text has a character of more than \(String.maximumCodePointsPerCharacter) Unicode code points.")
        }
        let normalized = sent.normalizedToNFC
        guard !normalized.unicodeScalars.isEmpty, normalized.unicodeScalars.count <= Self.maxNoteLength else {
            throw RecordValidationError(.invalidField, field: "text", "text must be 1 to \(Self.maxNoteLength) code points.")
        }
        var note = NewNote(text: normalized)
        if let language = members["language"], language != .null {
            guard case .string(let code) = language else { throw RecordValidationError(.wrongType, field: "language", "language must be a string.") }
            guard let parsed = NarrativeLanguage(rawValue: code) else {
                throw RecordValidationError(.invalidField, field: "language", "language must be da or en.")
            }
            note.language = parsed
        }
        if let flag = members["adds_facts"], flag != .null {
            guard case .bool(let value) = flag else { throw RecordValidationError(.wrongType, field: "adds_facts", "adds_facts must be true or false.") }
            note.addsFacts = value
        }
        return note
    }

    /// A referral: `{"target": ...}`.
    public func referral(_ body: [UInt8]) throws(RecordValidationError) -> ReferralTarget {
        let members = try object(body, allowed: ["target"])
        return try code(members, "target", ReferralTarget.self)
    }

    /// A referral's outcome: `{"outcome": ...}`.
    public func outcome(_ body: [UInt8]) throws(RecordValidationError) -> ReferralOutcome {
        let members = try object(body, allowed: ["outcome"])
        return try code(members, "outcome", ReferralOutcome.self)
    }

    private func code<Value: RawRepresentable & CaseIterable>(
        _ members: [String: JSONValue], _ key: String, _ type: Value.Type
    ) throws(RecordValidationError) -> Value where Value.RawValue == String {
        guard let value = members[key], value != .null else { throw RecordValidationError(.missingField, field: key, "\(key) is required.") }
        guard case .string(let text) = value else { throw RecordValidationError(.wrongType, field: key, "\(key) must be a string.") }
        guard let parsed = Value(rawValue: text) else {
            throw RecordValidationError(.invalidField, field: key,
                                        "\(key) must be one of: \(Value.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return parsed
    }

    private func object(_ body: [UInt8], allowed: [String]) throws(RecordValidationError) -> [String: JSONValue] {
        guard String(validating: body, as: UTF8.self) != nil else {
            throw RecordValidationError(.invalidUTF8, field: nil, "The body is not valid UTF-8.")
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(body)
        } catch {
            throw RecordValidationError(.malformedJSON, field: nil, "The body is not valid JSON.")
        }
        guard case .object(let members) = value else {
            throw RecordValidationError(.wrongType, field: nil, "The body must be a JSON object.")
        }
        for key in members.keys.sorted() where !allowed.contains(key) {
            let suggestion = FieldNameSuggestion.nearest(to: key, among: Set(allowed)).map { " Did you mean '\($0)'?" } ?? ""
            throw RecordValidationError(.unknownField, field: nil, "The body has a field this request does not have.\(suggestion)")
        }
        return members
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
