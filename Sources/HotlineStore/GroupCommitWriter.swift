import Foundation
import GRDB
import HotlineCore

/// Commits submissions in shared transactions ("group commit").
///
/// While one transaction is being written and synced, newly arriving submissions queue up; the
/// next transaction takes all of them (up to `maxBatchSize`). Durable throughput therefore grows
/// with the number of concurrent clients instead of being capped at one fsync per record, and
/// each caller still resumes only after the transaction holding its record has committed.
actor GroupCommitWriter {
    private typealias Waiter = (item: PendingSubmission, continuation: CheckedContinuation<StoreOutcome, any Error>)

    private let pool: DatabasePool
    private let maxBatchSize: Int
    private var waiting: [Waiter] = []
    private var isDraining = false

    init(pool: DatabasePool, maxBatchSize: Int) {
        self.pool = pool
        self.maxBatchSize = max(1, maxBatchSize)
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

    private func drain() async {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(maxBatchSize))
            waiting.removeFirst(batch.count)
            let items = batch.map(\.item)
            do {
                let outcomes = try await pool.write { db in try Self.commit(items, in: db) }
                for (waiter, outcome) in zip(batch, outcomes) {
                    waiter.continuation.resume(with: outcome)
                }
            } catch {
                for waiter in batch { waiter.continuation.resume(throwing: error) }
            }
        }
        isDraining = false
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
