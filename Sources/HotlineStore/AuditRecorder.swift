import Foundation
import GRDB
import HotlineCore
import Synchronization

/// The daemon's writer of the audit trail: requests hand their entries over without waiting, and
/// one thread appends whatever has gathered in one durable transaction, then reports the stored
/// entries (the daemon logs each to journald, its second, independent trail).
///
/// A read is answered once its entry is handed over, not once it is on disk: waiting for a commit
/// would cost every read a disk flush. An entry reaches the file within milliseconds; should the
/// process die in between, the journal still has it (`hotline audit verify --journal` compares
/// the two). ``flush()`` waits for everything handed over so far, and the daemon calls it before it
/// closes the database.
public final class AuditRecorder: Sendable {
    private struct State {
        var pending: [AuditEntry] = []
        var writing = false
    }

    private let store: CallStore
    private let state = Mutex(State())
    private let queue = DispatchQueue(label: "hotline.audit")
    private let onFailure: @Sendable (any Error, Int) -> Void

    /// Entries written are reported to the store's observer (``CallStore/observeAudit(_:)``).
    ///
    /// - Parameter onFailure: a batch that could not be written (the error, how many entries wait);
    ///   it is tried again a second later, and nothing is dropped.
    public init(store: CallStore, onFailure: @escaping @Sendable (any Error, Int) -> Void = { _, _ in }) {
        self.store = store
        self.onFailure = onFailure
    }

    /// Hands `entry` over to be appended; returns at once.
    public func record(_ entry: AuditEntry) {
        let start = state.withLock { state -> Bool in
            state.pending.append(entry)
            if state.writing { return false }
            state.writing = true
            return true
        }
        if start { queue.async { self.writeWhilePending() } }
    }

    /// Returns once every entry handed over before the call is on disk, or when `timeout` has
    /// passed (writes failing all along: the entries stay in memory, and the journal has them).
    public func flush(timeout: Duration = .seconds(2)) async {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if state.withLock({ !$0.writing && $0.pending.isEmpty }) { return }
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Entries handed over and not yet on disk (for tests and the health answer).
    public var backlog: Int { state.withLock { $0.pending.count } }

    private func writeWhilePending() {
        while true {
            let batch = state.withLock { state -> [AuditEntry] in
                if state.pending.isEmpty { state.writing = false }
                defer { state.pending = [] }
                return state.pending
            }
            if batch.isEmpty { return }
            do {
                let stored = try store.pool.write { db in try AuditChain.append(batch, in: db) }
                store.auditObserver.committed(stored)
            } catch {
                let waiting = state.withLock { state -> Int in
                    state.pending.insert(contentsOf: batch, at: 0)
                    return state.pending.count
                }
                onFailure(error, waiting)
                Thread.sleep(forTimeInterval: 1)
            }
        }
    }
}
