/// Reads the bodies of a legal hold (`PUT /v1/calls/{id}/legal-hold`) and an erasure
/// (`POST /v1/calls/{id}/erasure`) as strictly as intake reads a call: one JSON object, known keys
/// only, text in NFC, codes from closed lists, and no submitted value repeated in an error.
public struct RetentionBodyParser: Sendable {
    public init() {}

    /// A legal hold's reason: `{"reason": "..."}`, 1 to ``LegalHold/maxReasonLength`` code points
    /// after NFC.
    public func legalHoldReason(_ body: [UInt8]) throws(RecordValidationError) -> String {
        let members = try JSONBody.object(body, allowed: ["reason"])
        return try JSONBody.requiredText(
            members, "reason", maxLength: LegalHold.maxReasonLength, missing: "reason is required: why the call is held.")
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
