import Foundation
import HotlineCore
import Synchronization

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
    /// Set, with release ordering, once `triage` holds the result; read without the lock while the
    /// writer spins.
    private let ready = Atomic<Bool>(false)
    private var triage: TriageRecord?

    /// How long the writer checks for the result before it sleeps: a sleeping thread takes tens of
    /// microseconds to wake on these machines, a good part of what is left of a triage by the
    /// time the writer waits for it. Only where another core computes the triage meanwhile.
    static let spinLimit: Duration = ProcessInfo.processInfo.activeProcessorCount > 1 ? .microseconds(300) : .zero

    /// Hands the result over (`nil` when triage is off) and wakes the writer if it waits.
    func deliver(_ triage: TriageRecord?) {
        condition.withLock {
            self.triage = triage
            ready.store(true, ordering: .releasing)
            condition.broadcast()
        }
    }

    /// The result, once delivered. The writing thread checks for it for up to ``spinLimit``, then
    /// sleeps until it is handed over.
    func wait() -> TriageRecord? {
        if Self.spinLimit > .zero, !ready.load(ordering: .acquiring) {
            let clock = ContinuousClock()
            let deadline = clock.now + Self.spinLimit
            while !ready.load(ordering: .acquiring), clock.now < deadline {}
        }
        return condition.withLock {
            while !ready.load(ordering: .acquiring) { condition.wait() }
            return triage
        }
    }
}
