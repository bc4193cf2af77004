/// What an audited request or run did. The raw values are what the trail, the journal and
/// `hotline audit list` show.
public enum AuditAction: String, CaseIterable, Sendable {
    /// A whole record read (`GET /v1/calls/{id}`), narrative and contact included.
    case readCall = "read_call"
    /// A call's history, notes or referrals read.
    case readCaseFile = "read_case_file"
    /// A page of the listing, with the ids it returned.
    case listCalls = "list_calls"
    /// The worklist, with the ids it returned.
    case readQueue = "read_queue"
    /// A call submitted (or a retry of one recognised).
    case submitCall = "submit_call"
    /// A call changed: status, assignee, deadline.
    case changeCall = "change_call"
    /// A note added.
    case addNote = "add_note"
    /// A referral made or its outcome set.
    case referCall = "refer_call"
    /// A legal hold set or lifted.
    case holdCall = "hold_call"
    /// A call shredded now, for an erasure request.
    case eraseCall = "erase_call"
    /// The retention policy applied (`hotline retention run`).
    case retentionRun = "retention_run"
    /// A summary export written (`hotline export`).
    case exportRun = "export_run"
    /// Figures read.
    case readFigures = "read_figures"
    /// The audit trail read or verified.
    case readAudit = "read_audit"
    /// A request refused for want of a permission (403).
    case refused
}
