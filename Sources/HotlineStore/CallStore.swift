import Foundation
import GRDB
import HotlineCore

/// The daemon's database: calls, their triage history, and settings, in one SQLite file in WAL mode.
///
/// Every commit is durable (`synchronous = FULL`): once ``submit(_:)`` returns, the record survives
/// a crash or a power cut. Concurrent submissions share transactions (see ``GroupCommitWriter``).
public final class CallStore: Sendable {
    private let connections: StoreConnections
    private let writer: GroupCommitWriter
    let auditObserver = AuditObserver()

    /// The connections in use (replaced when the writer has to start afresh).
    var pool: DatabasePool { connections.pool }

    /// The database file.
    public let path: String

    /// Opens (creating if missing) the database at `path`, checks it and brings its schema up to date.
    ///
    /// An existing file of zero bytes is not a database: it is refused (``StoreOpenError/emptyFile(path:)``)
    /// unless `initializeEmptyFile`, so that a truncated or wrongly restored file never silently becomes
    /// a new, empty store with ids from 1. A file that SQLite's `quick_check` finds damaged is refused
    /// (``StoreOpenError/damaged(path:findings:)``) before anything is written into it.
    ///
    /// A file that can be read but not written (read-only for this user) is opened: reads work, and
    /// ``writeFault()`` reports it until writes work again.
    ///
    /// - Parameter onWriteStatusChange: called when writes start failing (with why) and when they
    ///   work again (`nil`), once per change: for the daemon's log.
    /// - Throws: ``StoreOpenError``; GRDB's `DatabaseError` when the file cannot be opened, or was
    ///   written by a newer version of the daemon.
    public init(
        path: String, maxBatchSize: Int = 128, initializeEmptyFile: Bool = false,
        onWriteStatusChange: @escaping @Sendable (StorageFault?) -> Void = { _ in }
    ) throws {
        if !initializeEmptyFile { try StoreOpenError.refuseEmptyFile(at: path) }
        try DamageCheck.quickCheck(path: path)
        let connections: StoreConnections
        do {
            connections = try StoreConnections(path: path)
        } catch let error as DatabaseError where DamageCheck.isDamage(error) {
            throw StoreOpenError.damaged(path: path, findings: [error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"])
        }
        let pool = connections.pool
        let migrator = HotlineSchema.migrator
        try pool.read { db in
            if try migrator.hasBeenSuperseded(db) {
                throw DatabaseError(message: "\(path) has a newer schema than this build knows; refusing to use it")
            }
        }
        try migrator.migrate(pool)
        var initialFault: StorageFault?
        if try connections.writerIsReadOnly() {
            initialFault = StorageFault(
                code: ResultCode.SQLITE_READONLY.rawValue, extendedCode: ResultCode.SQLITE_READONLY.rawValue,
                message: "the database file was opened read-only (not writable for this user)")
            onWriteStatusChange(initialFault)
        }
        self.connections = connections
        self.path = path
        self.writer = GroupCommitWriter(
            connections: connections, maxBatchSize: maxBatchSize, initialFault: initialFault, auditObserver: auditObserver,
            onChange: onWriteStatusChange)
    }

    /// Why writes fail, or `nil` when the last write worked. While failing, it tries a small write
    /// of its own (at most once a second) before answering, so it tells when the cause is gone.
    public func writeFault() async -> StorageFault? {
        await writer.fault()
    }

    /// Stores a submission (or recognises a retry) and returns once it is committed to disk.
    public func submit(_ submission: PendingSubmission) async throws -> StoreOutcome {
        try await writer.submit(submission)
    }

    /// Stores a submission whose triage `assess` computes, and returns once it is committed to
    /// disk, with the triage result. `submission.triage` is not read.
    ///
    /// `assess` runs on the calling thread; when no other submission is under way, the record's
    /// transaction begins meanwhile (see ``TriageHandoff``), so a lone client waits for the longer
    /// of the two rather than their sum.
    public func submit(
        _ submission: PendingSubmission, assess: () -> TriageRecord?
    ) async throws -> (outcome: StoreOutcome, triage: TriageRecord?) {
        try await writer.submit(submission, assess: assess)
    }

    /// The record with this id, with its current triage.
    ///
    /// Read on the calling thread (``readHere(_:)``): a read by primary key takes tens of
    /// microseconds, less than handing it to a reader's queue and back.
    public func record(id: Int64) async throws -> CallRecord? {
        try readHere { db in try CallRow.fetch(id: id, in: db) }
    }

    /// Runs a short read on the calling thread, on one of the pool's read-only connections.
    ///
    /// GRDB's async read hands the work to a reader's dispatch queue and resumes the caller when it
    /// is done: two thread wake-ups, several times the cost of a read by key. Only for reads that are
    /// short by construction; a page, which can be long and must stop when its client goes, stays
    /// asynchronous.
    private func readHere<T>(_ value: (Database) throws -> T) throws -> T {
        try pool.read(value)
    }

    /// A page of records, newest first.
    public func page(_ query: CallQuery) async throws -> CallPage {
        let (records, nextCursor) = try await page(query, into: [CallRecord]()) { $0.append($1) }
        return CallPage(records: records, nextCursor: nextCursor)
    }

    /// A page of records, newest first, handed one at a time to `append` as they are read, so the
    /// page never exists as a list of rows or records: `append` adds each to `output` (the answer's
    /// bytes, say) and the record is dropped. Returns the output and the next page's cursor.
    ///
    /// Cancelling the calling task stops the read between two records (and interrupts SQLite):
    /// it throws `CancellationError`.
    public func page<Output: Sendable>(
        _ query: CallQuery, into output: Output, append: @escaping @Sendable (inout Output, CallRecord) throws -> Void
    ) async throws -> (Output, nextCursor: String?) {
        try await page(query, selection: "\(CallRow.selection) FROM \(CallRow.from)", item: { row, db in try CallRow.record(row, in: db) }, into: output) { output, record in
            try append(&output, record)
            return PageCursor(receivedAt: RFC3339.format(record.receivedAt), id: record.id)
        }
    }

    /// A page of the listing's summaries (no narrative, no contact), newest first, handed one at a
    /// time to `append` as they are read, like ``page(_:into:append:)``.
    public func summaryPage<Output: Sendable>(
        _ query: CallQuery, into output: Output, append: @escaping @Sendable (inout Output, CallSummary) throws -> Void
    ) async throws -> (Output, nextCursor: String?) {
        try await page(query, selection: CallSummary.selection, item: { row, _ in try CallSummary(row: row) }, into: output) { output, summary in
            try append(&output, summary)
            return PageCursor(receivedAt: summary.receivedAtText, id: summary.id)
        }
    }

    private func page<Item, Output: Sendable>(
        _ query: CallQuery, selection: String, item: @escaping @Sendable (Row, Database) throws -> Item, into output: Output,
        append: @escaping @Sendable (inout Output, Item) throws -> PageCursor
    ) async throws -> (Output, nextCursor: String?) {
        try await pool.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let status = query.status {
                conditions.append("calls.status = ?")
                arguments += [status.rawValue]
            }
            let bounds = [
                query.since.flatMap { ReceivedAtBound($0).atOrAfter("calls.received_at") },
                query.until.flatMap { ReceivedAtBound($0).before("calls.received_at") },
            ]
            for case let (sql, argument)? in bounds {
                conditions.append(sql)
                if let argument { arguments += [argument] }
            }
            if let cursor = query.cursor {
                conditions.append("(calls.received_at, calls.id) < (?, ?)")
                arguments += [cursor.receivedAt, cursor.id]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [query.limit + 1]
            // One statement per combination of filters, prepared once: preparing costs more than
            // reading a short page.
            let rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT \(selection) \(filter)
                        ORDER BY calls.received_at DESC, calls.id DESC LIMIT ?
                        """),
                arguments: arguments)
            var output = output
            var count = 0
            var last: PageCursor?
            var hasMore = false
            while let row = try rows.next() {
                try Task.checkCancellation()
                guard count < query.limit else {
                    hasMore = true
                    break
                }
                last = try append(&output, try item(row, db))
                count += 1
            }
            return (output, hasMore ? last?.token : nil)
        }
    }

    /// Adds a new triage result to a call's history and makes it current.
    public func appendTriage(_ triage: TriageRecord, toCall callID: Int64) async throws {
        try await pool.write { db in try CallRow.appendTriage(triage, toCall: callID, in: db) }
    }

    /// The ids of calls received at or after `since` (all when `nil`), oldest first.
    public func callIDs(receivedSince since: Date?) async throws -> [Int64] {
        try await pool.read { db in
            guard let (condition, argument) = since.flatMap({ ReceivedAtBound($0).atOrAfter("received_at") }) else {
                return try Int64.fetchAll(db, sql: "SELECT id FROM calls ORDER BY received_at, id")
            }
            return try Int64.fetchAll(
                db, sql: "SELECT id FROM calls WHERE \(condition) ORDER BY received_at, id",
                arguments: StatementArguments(argument.map { [$0] } ?? []))
        }
    }

    /// Live figures for the daemon's status line.
    public func activity(since startOfDay: Date) async throws -> StoreActivity {
        try await pool.read { db in
            let today = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM calls WHERE received_at >= ?", arguments: [RFC3339.format(startOfDay)]) ?? 0
            let openHigh = try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM calls JOIN triages ON triages.id = calls.triage_id
                    WHERE triages.band = 'high' AND calls.status != 'closed'
                    """) ?? 0
            return StoreActivity(callsToday: today, openHighBandCalls: openHigh)
        }
    }

    /// Whether the database answers a trivial query.
    public func isHealthy() async -> Bool {
        (try? readHere { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    /// Whether the writer connection answers a trivial statement. It runs on the same serial writer
    /// queue as every commit, so a stuck writer makes this wait (the watchdog relies on that).
    public func writerResponds() async -> Bool {
        (try? await pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    /// Waits for pending writes, folds the write-ahead log back into the database file and empties
    /// it (`wal_checkpoint(TRUNCATE)`), and closes every connection.
    ///
    /// The pool closes its writer before its read-only readers, and a read-only connection cannot
    /// checkpoint: without this, the last commits stay in a `-wal` file of several MB after a clean stop.
    ///
    /// - Returns: the checkpoint's outcome; a checkpoint that could not finish (another process
    ///   reading) leaves the log for the next start, and the connections are closed all the same.
    @discardableResult
    public func close() throws -> CheckpointOutcome {
        auditObserver.drain()
        let outcome: CheckpointOutcome
        do {
            _ = try pool.writeWithoutTransaction { db in
                // A reader in another process holds the checkpoint back: wait for it briefly, not
                // the usual 10 s, because the stop has to finish before systemd's TimeoutStopSec.
                try db.execute(sql: "PRAGMA busy_timeout = 2000")
                return try db.checkpoint(.truncate)
            }
            outcome = .truncated
        } catch {
            outcome = .incomplete(StorageFault(error))
        }
        try pool.close()
        return outcome
    }
}

/// Figures for the daemon's live status line.
public struct StoreActivity: Sendable, Equatable {
    public var callsToday: Int
    public var openHighBandCalls: Int

    public init(callsToday: Int, openHighBandCalls: Int) {
        self.callsToday = callsToday
        self.openHighBandCalls = openHighBandCalls
    }
}
