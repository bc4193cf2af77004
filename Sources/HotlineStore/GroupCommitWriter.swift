import Foundation
import GRDB
import HotlineCore

/// Commits submissions in shared transactions ("group commit"), and knows whether writes work.
///
/// While one transaction is being written and synced, newly arriving submissions queue up; the
/// next transaction takes all of them (up to `maxBatchSize`). Durable throughput therefore grows
/// with the number of concurrent clients instead of being capped at one fsync per record, and
/// each caller still resumes only after the transaction holding its record has committed.
///
/// The outcome of the last write is kept: after a failure (read-only file, full disk, I/O error)
/// ``fault()`` answers with SQLite's code and message until a write succeeds again, and tries one
/// of its own (``WriteProbe``) at most once a second so that recovery shows without a client
/// writing. A failure that leaves the connection unusable (read-only, I/O error) makes the next
/// write open new connections first, so fixing the cause is enough: no restart.
actor GroupCommitWriter {
    private typealias Waiter = (item: PendingSubmission, continuation: CheckedContinuation<StoreOutcome, any Error>)

    private let connections: StoreConnections
    private let maxBatchSize: Int
    private var waiting: [Waiter] = []
    private var isDraining = false
    /// Why the last write failed; `nil` when it succeeded (or none was tried yet).
    private var lastFault: StorageFault?
    private var lastProbe: ContinuousClock.Instant?
    private let onChange: @Sendable (StorageFault?) -> Void

    /// How often a failing store tries a write of its own when asked for its state.
    static let probeInterval: Duration = .seconds(1)

    init(
        connections: StoreConnections, maxBatchSize: Int, initialFault: StorageFault?,
        onChange: @escaping @Sendable (StorageFault?) -> Void
    ) {
        self.connections = connections
        self.maxBatchSize = max(1, maxBatchSize)
        self.lastFault = initialFault
        self.onChange = onChange
    }

    /// Queues a submission and returns once its transaction has committed.
    func submit(_ item: PendingSubmission) async throws -> StoreOutcome {
        try await withCheckedThrowingContinuation { continuation in
            waiting.append((item, continuation))
            if !isDraining {
                isDraining = true
                // An unstructured task: a client going away must not cancel a shared transaction.
                Task { await self.drain() }
            }
        }
    }

    /// Why writes fail, or `nil` when they work. While failing, tries a probe write first (at most
    /// once per ``probeInterval``), so the answer changes as soon as the cause is gone.
    func fault() async -> StorageFault? {
        guard lastFault != nil else { return nil }
        let now = ContinuousClock.now
        if let lastProbe, now - lastProbe < Self.probeInterval { return lastFault }
        lastProbe = now
        do {
            let pool = try poolForWriting()
            try await pool.write { db in try WriteProbe.write(in: db) }
            record(nil)
        } catch {
            record(StorageFault(error))
        }
        return lastFault
    }

    private func drain() async {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(maxBatchSize))
            waiting.removeFirst(batch.count)
            let items = batch.map(\.item)
            do {
                let pool = try poolForWriting()
                let outcomes = try await pool.write { db in try Self.commit(items, in: db) }
                record(nil)
                for (waiter, outcome) in zip(batch, outcomes) {
                    waiter.continuation.resume(with: outcome)
                }
            } catch {
                let fault = StorageFault(error)
                record(fault)
                for waiter in batch { waiter.continuation.resume(throwing: fault) }
            }
        }
        isDraining = false
    }

    /// The connections to write on: new ones when the last failure left the writer unusable.
    private func poolForWriting() throws -> DatabasePool {
        if let lastFault, lastFault.needsFreshConnection {
            try connections.reopen()
        }
        return connections.pool
    }

    private func record(_ fault: StorageFault?) {
        let changed = (fault == nil) != (lastFault == nil) || fault?.extendedCode != lastFault?.extendedCode
        lastFault = fault
        if changed { onChange(fault) }
    }

    /// Writes one batch inside the caller's transaction. A failure of one item rolls back only
    /// that item's savepoint.
    private static func commit(_ items: [PendingSubmission], in db: Database) throws -> [Result<StoreOutcome, any Error>] {
        let storedAt = Date()
        return items.map { item in
            Result {
                var outcome: StoreOutcome?
                try db.inSavepoint {
                    outcome = try store(item, storedAt: storedAt, in: db)
                    return .commit
                }
                return outcome!
            }
        }
    }

    private static func store(_ item: PendingSubmission, storedAt: Date, in db: Database) throws -> StoreOutcome {
        if let externalID = item.submission.externalID, let existing = try CallRow.fetch(externalID: externalID, in: db) {
            let same = item.submission.isRetry(of: existing.submission, storedReceivedAtWasDefaulted: existing.receivedAtWasDefaulted)
            return same ? .duplicate(existing) : .conflict(existingID: existing.id)
        }
        let receivedAt = item.submission.receivedAt ?? item.arrivedAt
        let id = try CallRow.insert(
            item.submission, receivedAt: receivedAt, defaulted: item.submission.receivedAt == nil,
            storedAt: storedAt, peer: item.peer, in: db)
        if let triage = item.triage {
            try CallRow.appendTriage(triage, toCall: id, in: db)
        }
        // The record as stored, built from what was just written rather than read back.
        var submission = item.submission
        submission.receivedAt = RFC3339.truncatedToMilliseconds(receivedAt)
        if submission.subject?.location == Subject.Location() { submission.subject?.location = nil }
        submission.subject = submission.subject == Subject() ? nil : submission.subject
        submission.contact = submission.contact == Contact() ? nil : submission.contact
        return .created(
            CallRecord(
                id: id, receivedAt: RFC3339.truncatedToMilliseconds(receivedAt), receivedAtWasDefaulted: item.submission.receivedAt == nil,
                storedAt: RFC3339.truncatedToMilliseconds(storedAt), status: .new, submission: submission, postedBy: item.peer,
                triage: item.triageValue))
    }
}
