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

    public init(submission: CallSubmission, arrivedAt: Date, peer: PeerIdentity?, triage: TriageRecord?) {
        self.submission = submission
        self.arrivedAt = arrivedAt
        self.peer = peer
        self.triage = triage
        self.storedTriage = triage.map { StoredJSON(serializedByThisProcess: Array($0.resultJSON.utf8)) }
    }
}
