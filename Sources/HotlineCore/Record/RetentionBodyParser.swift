/// Reads the bodies of a legal hold (`PUT /v1/calls/{id}/legal-hold`) and an erasure
/// (`POST /v1/calls/{id}/erasure`) as strictly as intake reads a call: one JSON object, known keys
/// only, text in NFC, codes from closed lists, and no submitted value repeated in an error.
public struct RetentionBodyParser: Sendable {
    public init() {}

    /// A legal hold's reason: `{"reason": "..."}`, 1 to ``LegalHold/maxReasonLength`` code points
    /// after NFC.
    public func legalHoldReason(_ body: [UInt8]) throws(RecordValidationError) -> String {
        let members = try JSONBody.object(body, allowed: ["reason"])
        guard let value = members["reason"], value != .null else {
            throw RecordValidationError(.missingField, field: "reason", "reason is required: why the call is held.")
        }
        guard case .string(let sent) = value else { throw RecordValidationError(.wrongType, field: "reason", "reason must be a string.") }
        guard sent.hasBoundedCharacters else {
            throw RecordValidationError(.invalidField, field: "reason",
                                        "reason has a character of more than \(String.maximumCodePointsPerCharacter) Unicode code points.")
        }
        let normalized = sent.normalizedToNFC
        guard !normalized.unicodeScalars.isEmpty, normalized.unicodeScalars.count <= LegalHold.maxReasonLength else {
            throw RecordValidationError(.invalidField, field: "reason", "reason must be 1 to \(LegalHold.maxReasonLength) code points.")
        }
        return normalized
    }

    /// An erasure's reason: `{"reason": code}` from ``ErasureReason``.
    public func erasureReason(_ body: [UInt8]) throws(RecordValidationError) -> ErasureReason {
        let members = try JSONBody.object(body, allowed: ["reason"])
        guard let reason = try JSONBody.code(members, "reason", ErasureReason.self, nullable: true) else {
            throw RecordValidationError(.missingField, field: "reason", "reason is required.")
        }
        return reason
    }
}
