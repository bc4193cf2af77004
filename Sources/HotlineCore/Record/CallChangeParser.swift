/// Reads the body of `PATCH /v1/calls/{id}` as strictly as intake reads a call: one JSON object,
/// known keys only, values from the closed vocabularies, and no submitted value repeated in an error.
public struct CallChangeParser: Sendable {
    public static let fields = ["status", "reason", "assigned_to", "due_at", "due_reason"]
    /// Longest operator name, in Unicode code points.
    public static let maxAssigneeLength = 64

    public init() {}

    public func parse(_ body: [UInt8]) throws(RecordValidationError) -> CallChange {
        let members = try JSONBody.object(body, allowed: Self.fields)
        var change = CallChange(status: try JSONBody.code(members, "status", CallStatus.self),
                                reason: try JSONBody.code(members, "reason", ClosingReason.self),
                                dueReason: try JSONBody.code(members, "due_reason", DueReason.self))
        if let assignee = members["assigned_to"] {
            switch assignee {
            case .null:
                change.assignedTo = .some(nil)
            case .string(let sent):
                guard sent.hasBoundedCharacters else {
                    throw RecordValidationError(.invalidField, field: "assigned_to",
                                                "assigned_to has a character of more than \(String.maximumCodePointsPerCharacter) Unicode code points.")
                }
                let name = sent.normalizedToNFC
                let length = name.unicodeScalars.count
                guard length >= 1, length <= Self.maxAssigneeLength,
                      !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                    throw RecordValidationError(.invalidField, field: "assigned_to",
                                                "assigned_to must be 1 to \(Self.maxAssigneeLength) code points without control characters.")
                }
                change.assignedTo = .some(name)
            default:
                throw RecordValidationError(.wrongType, field: "assigned_to", "assigned_to must be a string or null.")
            }
        }
        if let due = members["due_at"] {
            switch due {
            case .null:
                change.dueAt = .some(nil)
            case .string(let text):
                guard let date = RFC3339.parse(text) else {
                    throw RecordValidationError(.invalidField, field: "due_at", "due_at must be an RFC 3339 date-time with a time zone, or null.")
                }
                change.dueAt = .some(date)
            default:
                throw RecordValidationError(.wrongType, field: "due_at", "due_at must be a string or null.")
            }
        }
        if change.status == nil && change.assignedTo == nil && change.dueAt == nil {
            throw RecordValidationError(.missingField, field: nil, "A change needs status, assigned_to or due_at.")
        }
        let setsDeadline = if case .some(.some) = change.dueAt { true } else { false }
        if setsDeadline && change.dueReason == nil {
            throw RecordValidationError(.missingField, field: "due_reason", "Setting due_at by hand needs a due_reason.")
        }
        if change.dueReason != nil && !setsDeadline {
            throw RecordValidationError(.invalidField, field: "due_reason", "due_reason goes with a due_at date only.")
        }
        if change.status == .closed && change.reason == nil {
            throw RecordValidationError(.missingField, field: "reason", "Closing a call needs a reason.")
        }
        if change.reason != nil && change.status != .closed {
            throw RecordValidationError(.invalidField, field: "reason", "reason goes with status closed only.")
        }
        return change
    }
}
