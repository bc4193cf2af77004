/// The first steps of reading any request body, as strictly as intake reads a call: valid UTF-8,
/// well-formed JSON, and for the small case-work bodies one object with known keys only. No
/// submitted key or value is repeated in an error.
public enum JSONBody {
    /// The body as a JSON value.
    public static func value(_ body: [UInt8]) throws(RecordValidationError) -> JSONValue {
        guard String(validating: body, as: UTF8.self) != nil else {
            throw RecordValidationError(.invalidUTF8, field: nil, "The body is not valid UTF-8.")
        }
        do {
            return try JSONValue.parse(body)
        } catch {
            throw RecordValidationError(
                .malformedJSON, field: nil, "The body is not well-formed JSON (at byte \(error.offset): \(error.reason)).")
        }
    }

    /// The members of a body that must be one JSON object with keys from `allowed` only.
    public static func object(_ body: [UInt8], allowed: [String]) throws(RecordValidationError) -> [String: JSONValue] {
        guard case .object(let members) = try value(body) else {
            throw RecordValidationError(.wrongType, field: nil, "The body must be a JSON object.")
        }
        for key in members.keys.sorted() where !allowed.contains(key) {
            let suggestion = FieldNameSuggestion.nearest(to: key, among: Set(allowed)).map { " Did you mean '\($0)'?" } ?? ""
            throw RecordValidationError(.unknownField, field: nil, "The body has a field this request does not have.\(suggestion)")
        }
        return members
    }

    /// The value of `key` from a closed list (an enum's raw values); nil when absent, or null where
    /// `nullable` (else a null is the wrong type).
    public static func code<Value: RawRepresentable & CaseIterable>(
        _ members: [String: JSONValue], _ key: String, _ type: Value.Type, nullable: Bool = false
    ) throws(RecordValidationError) -> Value? where Value.RawValue == String {
        guard let value = members[key], !(nullable && value == .null) else { return nil }
        guard case .string(let text) = value else { throw RecordValidationError(.wrongType, field: key, "\(key) must be a string.") }
        guard let parsed = Value(rawValue: text) else {
            throw RecordValidationError(.invalidField, field: key,
                                        "\(key) must be one of: \(Value.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return parsed
    }

    /// The required free text of `key`, in NFC, 1 to `maxLength` code points; `missing` says what it
    /// is for when it is absent or null. A character of more code points than any real text has is
    /// refused before the text is normalized.
    public static func requiredText(
        _ members: [String: JSONValue], _ key: String, maxLength: Int, missing: String
    ) throws(RecordValidationError) -> String {
        guard let value = members[key], value != .null else { throw RecordValidationError(.missingField, field: key, missing) }
        guard case .string(let sent) = value else { throw RecordValidationError(.wrongType, field: key, "\(key) must be a string.") }
        guard sent.hasBoundedCharacters else {
            throw RecordValidationError(.invalidField, field: key,
                                        "\(key) has a character of more than \(String.maximumCodePointsPerCharacter) Unicode code points.")
        }
        let normalized = sent.normalizedToNFC
        guard !normalized.unicodeScalars.isEmpty, normalized.unicodeScalars.count <= maxLength else {
            throw RecordValidationError(.invalidField, field: key, "\(key) must be 1 to \(maxLength) code points.")
        }
        return normalized
    }
}
