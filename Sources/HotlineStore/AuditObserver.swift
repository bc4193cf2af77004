import Synchronization

/// Who hears of audit entries once they are durable: the daemon, which logs each to journald. Every
/// writer of the trail in the daemon (the group commit, with the submissions it stores, and the
/// ``AuditRecorder``) reports here, in the order the entries were committed.
final class AuditObserver: Sendable {
    private let observer = Mutex<(@Sendable ([StoredAuditEntry]) -> Void)?>(nil)

    func set(_ observe: @escaping @Sendable ([StoredAuditEntry]) -> Void) {
        observer.withLock { $0 = observe }
    }

    func committed(_ entries: [StoredAuditEntry]) {
        guard !entries.isEmpty, let observe = observer.withLock({ $0 }) else { return }
        observe(entries)
    }
}
