import Foundation
import HotlineCore

/// A validated submission waiting for the group commit, with everything the store needs to keep it.
public struct PendingSubmission: Sendable {
    public var submission: CallSubmission
    /// When the request arrived; becomes `received_at` when the client gave none.
    public var arrivedAt: Date
    public var peer: PeerIdentity?
    /// The triage result computed for it, if any.
    public var triage: TriageRecord?
    /// The audit entry of the submission, written in the same transaction as the record (its call
    /// id set then): a 201 means the record and the entry of who stored it are both on disk.
    public var audit: AuditEntry?
    /// Where the triage result arrives when the submission was queued before its triage was
    /// computed; `triage` is then unused.
    var handoff: TriageHandoff?

    /// The triage result, waiting for it when it is still being computed.
    func triageWhenReady() -> TriageRecord? {
        handoff.map { $0.wait() } ?? triage
    }

    public init(submission: CallSubmission, arrivedAt: Date, peer: PeerIdentity?, triage: TriageRecord?, audit: AuditEntry? = nil) {
        self.audit = audit
        self.submission = submission
        self.arrivedAt = arrivedAt
        self.peer = peer
        self.triage = triage
    }
}
