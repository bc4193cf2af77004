import Foundation
import HotlineCore

/// A submission's triage result, passed from the request's thread to the writing thread once it
/// is computed.
///
/// When a submission is the only one under way and the writer is idle, it is queued before its
/// triage is computed: the writer wakes, checks the `external_id` and writes the call row while
/// the request's thread computes the triage, and waits here, inside the transaction, only for what
/// is left of it. A lone client waits for the longer of the two instead of their sum. Under load
/// submissions are queued with their triage done, so a batch never waits for one.
final class TriageHandoff: @unchecked Sendable {
    private let condition = NSCondition()
    private var delivered = false
    private var triage: TriageRecord?
    private var storedTriage: StoredJSON?

    /// Hands the result over (`nil` when triage is off) and wakes the writer if it waits.
    func deliver(_ triage: TriageRecord?) {
        // The stored text is made here, on the request's thread, not while the writer waits.
        let stored = triage.map(PendingSubmission.storedText)
        condition.withLock {
            self.triage = triage
            self.storedTriage = stored
            delivered = true
            condition.broadcast()
        }
    }

    /// The result, once delivered; blocks the writing thread until then.
    func wait() -> (triage: TriageRecord?, storedTriage: StoredJSON?) {
        condition.withLock {
            while !delivered { condition.wait() }
            return (triage, storedTriage)
        }
    }
}
