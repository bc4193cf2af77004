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
final class GroupCommitWriter: @unchecked Sendable {
    private typealias Waiter = (item: PendingSubmission, continuation: CheckedContinuation<StoreOutcome, any Error>)

    private let connections: StoreConnections
    private let maxBatchSize: Int
    private let onChange: @Sendable (StorageFault?) -> Void
    private let auditObserver: AuditObserver
    /// Held while connections are checked and reopened.
    private let reopening = NSLock()
    /// Guards every variable below it, and wakes the writing thread.
    private let condition = NSCondition()
    private var waiting: [Waiter] = []
    /// Whether the writing thread is alive (it ends after ``idleLifetime`` without work).
    private var threadRunning = false
    /// Whether the writing thread is writing a batch.
    private var writing = false
    /// How many submissions given with their triage still to compute are under way.
    private var assessing = 0
    /// Why the last write failed; `nil` when it succeeded (or none was tried yet).
    private var lastFault: StorageFault?
    private var lastProbe: ContinuousClock.Instant?

    /// How often a failing store tries a write of its own when asked for its state.
    static let probeInterval: Duration = .seconds(1)
    /// How long the writing thread waits for work before it ends (a new submission starts another).
    static let idleLifetime: TimeInterval = 5

    init(
        connections: StoreConnections, maxBatchSize: Int, initialFault: StorageFault?, auditObserver: AuditObserver,
        onChange: @escaping @Sendable (StorageFault?) -> Void
    ) {
        self.auditObserver = auditObserver
        self.connections = connections
        self.maxBatchSize = max(1, maxBatchSize)
        self.lastFault = initialFault
        self.onChange = onChange
    }

    /// Queues a submission and returns once its transaction has committed.
    ///
    /// Commits run on one thread of the writer's own, which takes every queued submission into the
    /// next transaction and writes it synchronously: a record waits for one wake-up of that thread
    /// and one of its own task, not for hops through an actor, a task and GRDB's queue. A client
    /// going away does not cancel a shared transaction.
    func submit(_ item: PendingSubmission) async throws -> StoreOutcome {
        try await withCheckedThrowingContinuation { continuation in
            condition.withLock { enqueue(item, continuation) }
        }
    }

    /// Queues a submission whose triage `assess` computes on the calling thread, and returns once
    /// its transaction has committed, with the triage result.
    ///
    /// When it is the only submission under way and the writer is idle, the submission is queued
    /// first, with a ``TriageHandoff``: the writer wakes and begins its transaction while `assess`
    /// runs, and waits for the result only when it writes the triage rows. Otherwise `assess` runs
    /// first and the submission is queued complete: under load a batch never waits for a triage,
    /// and a transaction is never begun for one record while others are about to queue.
    func submit(
        _ item: PendingSubmission, assess: () -> TriageRecord?
    ) async throws -> (StoreOutcome, TriageRecord?) {
        let alone = condition.withLock {
            assessing += 1
            return assessing == 1 && !writing && waiting.isEmpty
        }
        defer { condition.withLock { assessing -= 1 } }
        var assessment: TriageRecord?
        let outcome: StoreOutcome = try await withCheckedThrowingContinuation { continuation in
            let handoff = alone ? TriageHandoff() : nil
            if let handoff {
                var handed = item
                handed.handoff = handoff
                condition.withLock { enqueue(handed, continuation) }
            }
            assessment = assess()
            if let handoff {
                handoff.deliver(assessment)
            } else {
                var complete = item
                complete.triage = assessment
                condition.withLock { enqueue(complete, continuation) }
            }
        }
        return (outcome, assessment)
    }

    /// Adds a waiter and wakes (or starts) the writing thread. Called with `condition` held.
    private func enqueue(_ item: PendingSubmission, _ continuation: CheckedContinuation<StoreOutcome, any Error>) {
        waiting.append((item, continuation))
        if threadRunning {
            condition.signal()
        } else {
            threadRunning = true
            let thread = Thread { [self] in drain() }
            thread.name = "hotline-writer"
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// Why writes fail, or `nil` when they work. While failing, tries a probe write first (at most
    /// once per ``probeInterval``), so the answer changes as soon as the cause is gone.
    func fault() async -> StorageFault? {
        let probeDue: Bool = condition.withLock {
            guard lastFault != nil else { return false }
            let now = ContinuousClock.now
            if let lastProbe, now - lastProbe < Self.probeInterval { return false }
            lastProbe = now
            return true
        }
        if probeDue {
            do {
                let pool = try poolForWriting()
                try await pool.write { db in try WriteProbe.write(in: db) }
                record(nil)
            } catch {
                record(StorageFault(error))
            }
        }
        return condition.withLock { lastFault }
    }

    /// The writing thread: commits batches while there are any, and ends after ``idleLifetime``
    /// without one.
    private func drain() {
        while true {
            condition.lock()
            while waiting.isEmpty {
                if !condition.wait(until: Date(timeIntervalSinceNow: Self.idleLifetime)), waiting.isEmpty {
                    threadRunning = false
                    condition.unlock()
                    return
                }
            }
            let batch = Array(waiting.prefix(maxBatchSize))
            waiting.removeFirst(batch.count)
            writing = true
            condition.unlock()

            let items = batch.map(\.item)
            do {
                let pool = try poolForWriting()
                let (outcomes, audited) = try pool.write { db in try Self.commit(items, in: db) }
                condition.withLock { writing = false }
                record(nil)
                for (waiter, outcome) in zip(batch, outcomes) {
                    waiter.continuation.resume(with: outcome)
                }
                // After the clients are woken: the journal's copy of the batch's audit entries is
                // not what their answer waits for.
                auditObserver.committed(audited)
            } catch {
                condition.withLock { writing = false }
                let fault = StorageFault(error)
                record(fault)
                for waiter in batch { waiter.continuation.resume(throwing: fault) }
            }
        }
    }

    /// The connections to write on: new ones when the last failure left the writer unusable.
    ///
    /// The writing thread and a health probe may both ask; they reopen one at a time.
    private func poolForWriting() throws -> DatabasePool {
        try reopening.withLock {
            if let lastFault = condition.withLock({ lastFault }), lastFault.needsFreshConnection {
                try connections.reopen()
            }
            return connections.pool
        }
    }

    private func record(_ fault: StorageFault?) {
        let changed: Bool = condition.withLock {
            let changed = (fault == nil) != (lastFault == nil) || fault?.extendedCode != lastFault?.extendedCode
            lastFault = fault
            return changed
        }
        if changed { onChange(fault) }
    }

    /// Writes one batch inside the caller's transaction, with the audit entries of the records
    /// stored or recognised as retries. A failure of one item fails only that item; a failure of
    /// the audit entries fails the whole batch.
    ///
    /// The batch is first written in one savepoint: every item's call row, then the audit entries,
    /// then the triage rows, last because a lone submission's triage may still be being computed
    /// (``TriageHandoff``). Should any item fail, that savepoint is rolled back and the batch written
    /// again with a savepoint per item, so the others are still stored: two statements per batch
    /// instead of two per record while nothing fails, which is nearly always.
    private static func commit(
        _ items: [PendingSubmission], in db: Database
    ) throws -> (outcomes: [Result<StoreOutcome, any Error>], audited: [StoredAuditEntry]) {
        let storedAt = Date()
        var outcomes: [Result<StoreOutcome, any Error>] = []
        var audited: [StoredAuditEntry] = []
        do {
            try db.inSavepoint {
                let calls = try items.map { item in try writeCall(item, storedAt: storedAt, in: db) }
                audited = try AuditChain.append(auditEntries(items, calls.map(\.audited)), in: db)
                outcomes = try zip(items, calls).map { item, call in .success(try finish(item, call, storedAt: storedAt, in: db)) }
                return .commit
            }
        } catch {
            outcomes = items.map { item in
                Result {
                    var outcome: StoreOutcome?
                    try db.inSavepoint {
                        outcome = try finish(item, try writeCall(item, storedAt: storedAt, in: db), storedAt: storedAt, in: db)
                        return .commit
                    }
                    return outcome!
                }
            }
            audited = try AuditChain.append(auditEntries(items, outcomes.map { (try? $0.get())?.audited }), in: db)
        }
        return (outcomes, audited)
    }

    /// The audit entries of a batch: one per item with an entry and a call it stored or retried.
    private static func auditEntries(_ items: [PendingSubmission], _ calls: [AuditedCall?]) -> [AuditEntry] {
        zip(items, calls).compactMap { item, call in
            guard var entry = item.audit, let call else { return nil }
            entry.callID = call.id
            if call.retry { entry.detail = "retry" }
            return entry
        }
    }

    /// The first part of storing one item: its `external_id` checked against the stored calls and,
    /// when it is new, its call row written.
    private static func writeCall(_ item: PendingSubmission, storedAt: Date, in db: Database) throws -> WrittenCall {
        if let externalID = item.submission.externalID, try CallRow.exists(externalID: externalID, in: db),
            let existing = try CallRow.fetch(externalID: externalID, in: db)
        {
            if existing.shreddedAt != nil || existing.contactShreddedAt != nil { return .settled(.shredded(existingID: existing.id)) }
            let same = item.submission.isRetry(of: existing.submission, storedReceivedAtWasDefaulted: existing.receivedAtWasDefaulted)
            return .settled(same ? .duplicate(existing) : .conflict(existingID: existing.id))
        }
        let receivedAt = item.submission.receivedAt ?? item.arrivedAt
        let id = try CallRow.insert(
            item.submission, receivedAt: receivedAt, defaulted: item.submission.receivedAt == nil,
            storedAt: storedAt, peer: item.peer, in: db)
        return .inserted(id: id, receivedAt: receivedAt)
    }

    /// The rest: a new call's triage rows (waiting for its triage if it is still being computed),
    /// and the record as stored.
    private static func finish(_ item: PendingSubmission, _ call: WrittenCall, storedAt: Date, in db: Database) throws -> StoreOutcome {
        let id: Int64, receivedAt: Date
        switch call {
        case .settled(let outcome): return outcome
        case .inserted(let newID, let at): (id, receivedAt) = (newID, at)
        }
        let triage = item.triageWhenReady()
        if let triage {
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
                storedTriage: triage.map { StoredJSON(serializedByThisProcess: Array($0.resultJSON.utf8)) }))
    }
}

/// A call an audit entry names: stored, or recognised as a retry.
private struct AuditedCall {
    var id: Int64
    var retry: Bool
}

/// An item of a batch after its call row: new and waiting for its triage rows, or already settled
/// (a retry, a conflict, an erased call).
private enum WrittenCall {
    case inserted(id: Int64, receivedAt: Date)
    case settled(StoreOutcome)

    var audited: AuditedCall? {
        switch self {
        case .inserted(let id, _): AuditedCall(id: id, retry: false)
        case .settled(let outcome): outcome.audited
        }
    }
}

extension StoreOutcome {
    /// The call its audit entry names, if any.
    fileprivate var audited: AuditedCall? {
        switch self {
        case .created(let record): AuditedCall(id: record.id, retry: false)
        case .duplicate(let record): AuditedCall(id: record.id, retry: true)
        case .conflict, .shredded: nil
        }
    }
}
