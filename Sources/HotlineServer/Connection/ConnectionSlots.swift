import Foundation
import Synchronization

/// The connection limit (`limits.max_connections`): how many client connections are served at once.
///
/// Every connection is accepted; one that finds no free slot is answered 503 by
/// ``BusyRefusalHandler`` and closed, so a full daemon says so instead of leaving clients in the
/// listen queue. Child channels live on several event loops, hence the atomic counter.
final class ConnectionSlots: Sendable {
    /// The most connections served at once.
    let limit: Int
    private let taken = Atomic<Int>(0)
    /// Refusals not yet reported, and when they were last reported.
    private let refusals = Mutex<(count: Int, reportedAt: Date?)>((0, nil))
    /// Refusals are reported at most this often, so a flood cannot flood the journal too.
    static let reportInterval: TimeInterval = 10

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes a slot if one is free; the caller must ``release()`` it when the connection closes.
    func take() -> Bool {
        var current = taken.load(ordering: .relaxed)
        while current < limit {
            let (exchanged, original) = taken.compareExchange(
                expected: current, desired: current + 1, ordering: .acquiringAndReleasing)
            if exchanged { return true }
            current = original
        }
        return false
    }

    /// Gives back a slot taken with ``take()``.
    func release() {
        taken.subtract(1, ordering: .acquiringAndReleasing)
    }

    /// Counts a connection refused for want of a slot. Returns the refusals to report (this one
    /// included) when the last report is at least ``reportInterval`` old, else `nil`.
    func noteRefusal(now: Date = Date()) -> Int? {
        refusals.withLock { state in
            state.count += 1
            if let last = state.reportedAt, now.timeIntervalSince(last) < Self.reportInterval { return nil }
            defer { state = (0, now) }
            return state.count
        }
    }

    /// Slots in use now.
    var inUse: Int { taken.load(ordering: .relaxed) }
}
