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
    /// The triage result as the answer carries it: the very text stored, neither parsed nor written
    /// again.
    let storedTriage: StoredJSON?
    /// The audit entry of the submission, written in the same transaction as the record (its call
    /// id set then): a 201 means the record and the entry of who stored it are both on disk.
    public var audit: AuditEntry?
    /// Where the triage result arrives when the submission was queued before its triage was
    /// computed; `triage` and `storedTriage` are then unused.
    var handoff: TriageHandoff?

    /// The triage result and its stored text, waiting for them when they are still being computed.
    func triageWhenReady() -> (triage: TriageRecord?, storedTriage: StoredJSON?) {
        handoff?.wait() ?? (triage, storedTriage)
    }

    public init(submission: CallSubmission, arrivedAt: Date, peer: PeerIdentity?, triage: TriageRecord?, audit: AuditEntry? = nil) {
        self.audit = audit
        self.submission = submission
        self.arrivedAt = arrivedAt
        self.peer = peer
        self.triage = triage
        self.storedTriage = triage.map(Self.storedText)
    }

    /// A triage result's answered text (evidence with its snippets), as a stored record carries it
    /// in its answers.
    static func storedText(of triage: TriageRecord) -> StoredJSON {
        StoredJSON(serializedByThisProcess: Array(triage.resultJSON.utf8))
    }
}
