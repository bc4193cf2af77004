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
    /// The triage result as the answer carries it, parsed here, on the caller's task, so that the
    /// serialized group-commit transaction does not spend its time on it.
    let triageValue: JSONValue?

    public init(submission: CallSubmission, arrivedAt: Date, peer: PeerIdentity?, triage: TriageRecord?) {
        self.submission = submission
        self.arrivedAt = arrivedAt
        self.peer = peer
        self.triage = triage
        // An assessment's own tree: no parse of the bytes stored. A record made from bytes alone
        // (`result` nil) is read from them.
        self.triageValue = triage.flatMap { $0.result ?? (try? JSONValue.parse($0.resultJSON)) }
    }
}
