import Dispatch
import Synchronization

/// Who hears of audit entries once they are durable: the daemon, which copies each committed batch
/// to journald. Every writer of the trail in the daemon (the group commit, with the submissions it
/// stores, and the ``AuditRecorder``) reports here, in the order the entries were committed.
///
/// The observer runs on a serial queue of its own, in that order, so that neither the group
/// commit's single writer nor a client waiting for its answer waits for the journal: formatting and
/// sending a batch's copy took the writer about a tenth of its time at 32 clients. ``drain()``
/// waits for the copies handed over so far (the daemon's stop calls it before closing the store).
final class AuditObserver: Sendable {
    private let observer = Mutex<(@Sendable ([StoredAuditEntry]) -> Void)?>(nil)
    private let queue = DispatchQueue(label: "hotline-audit-journal")

    func set(_ observe: @escaping @Sendable ([StoredAuditEntry]) -> Void) {
        observer.withLock { $0 = observe }
    }

    func committed(_ entries: [StoredAuditEntry]) {
        guard !entries.isEmpty, let observe = observer.withLock({ $0 }) else { return }
        queue.async { observe(entries) }
    }

    /// Returns once every batch handed over before the call has been observed.
    func drain() {
        queue.sync {}
    }
}
