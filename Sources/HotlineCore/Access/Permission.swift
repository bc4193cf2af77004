/// What a request may do, one permission per kind of act. Every route of the API needs one (the
/// health check none); reopening a closed call needs ``reopenCalls`` beside ``workCalls``.
///
/// The raw values are the names a refusal (`403 forbidden`) and the audit trail give.
public enum Permission: String, CaseIterable, Sendable, Comparable {
    /// Submit a call record (`POST /v1/calls`).
    case submitCalls = "submit_calls"
    /// Read a whole record, with its narrative and contact, and its case file (events, notes,
    /// referrals): a deliberate act, audited with the call's id.
    case readCalls = "read_calls"
    /// See summaries of many calls, without narrative or contact (the listing and the queue).
    case listCalls = "list_calls"
    /// Work a call: status, assignee, deadline, notes, referrals.
    case workCalls = "work_calls"
    /// Move a closed call back to work.
    case reopenCalls = "reopen_calls"
    /// Put a call under legal hold, or lift it.
    case holdCalls = "hold_calls"
    /// Shred one call now, for an erasure request.
    case eraseCalls = "erase_calls"
    /// Read the published figures (counts under small-cell suppression), never a record.
    case readFigures = "read_figures"
    /// Read and verify the audit trail.
    case readAudit = "read_audit"

    public static func < (lhs: Permission, rhs: Permission) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
