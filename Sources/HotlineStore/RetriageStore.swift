import Foundation
import GRDB
import HotlineCore

/// The database as `hotline retriage` uses it beside a running daemon: it reads calls in batches
/// and adds each batch's new triage results in one write transaction.
///
/// It never migrates. ``open(path:)`` reads the schema version over a read-only connection first
/// and refuses a file that is not at the version this build writes; only then does it open a
/// writable connection, which changes nothing by opening (no journal-mode switch, no migration).
/// Every write transaction checks the version again, so a daemon of another version migrating the
/// file mid-run stops the retriage instead of mixing schemas.
///
/// Each transaction is `BEGIN IMMEDIATE` with `synchronous = FULL`: one fsync per batch rather than
/// one per call, and the daemon's intake waits for at most one batch's inserts (busy timeout 10 s).
public final class RetriageStore {
    private let queue: DatabaseQueue

    /// The database file.
    public let path: String

    /// How many write transactions have committed so far.
    public private(set) var committedTransactions = 0

    private init(queue: DatabaseQueue, path: String) {
        self.queue = queue
        self.path = path
    }

    /// Opens the database at `path` for retriage.
    ///
    /// - Throws: ``RetriageStoreError/missingFile(_:)`` when there is no file,
    ///   ``RetriageStoreError/schemaMismatch(_:_:)`` when its schema is not this build's (the file is
    ///   then left untouched), GRDB's `DatabaseError` when SQLite cannot open or read it.
    public static func open(path: String) throws -> RetriageStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RetriageStoreError.missingFile(path)
        }
        let status = try SchemaStatus.read(path: path)
        guard status.isCurrent else {
            throw RetriageStoreError.schemaMismatch(path, status)
        }
        var configuration = Configuration()
        configuration.label = "hotline-retriage"
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Pointing a call at its new triage rewrites the call's row: the old copy's bytes are zeroed.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return RetriageStore(queue: try DatabaseQueue(path: path, configuration: configuration), path: path)
    }

    /// The ids of calls received at or after `since` (all when `nil`), oldest first: the calls one
    /// run covers, fixed at its start (calls arriving later are scored by the daemon's catalog).
    /// Shredded calls are left out: with no narrative left to read, they keep their last triage.
    public func callIDs(receivedSince since: Date?) throws -> [Int64] {
        try queue.read { db in
            if let since {
                return try Int64.fetchAll(
                    db, sql: "SELECT id FROM calls WHERE received_at >= ? AND shredded_at IS NULL ORDER BY received_at, id", arguments: [RFC3339.format(since)])
            }
            return try Int64.fetchAll(db, sql: "SELECT id FROM calls WHERE shredded_at IS NULL ORDER BY received_at, id")
        }
    }

    /// The records with these ids, in the order given (ids no longer present are left out).
    public func records(_ ids: some Collection<Int64>) throws -> [CallRecord] {
        guard !ids.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let byID = try queue.read { db in
            try Dictionary(
                Row.fetchAll(db, sql: "SELECT \(CallRow.selection) FROM \(CallRow.from) WHERE calls.id IN (\(placeholders))",
                             arguments: StatementArguments(Array(ids)))
                    .map { try CallRow.record($0, in: db) }.map { ($0.id, $0) },
                uniquingKeysWith: { first, _ in first })
        }
        return ids.compactMap { byID[$0] }
    }

    /// The notes that add facts to the calls with these ids, oldest first per call: the triage
    /// reads them after each narrative, as the daemon does when such a note arrives.
    public func factNotes(_ ids: some Collection<Int64>) throws -> [Int64: [FactNote]] {
        guard !ids.isEmpty else { return [:] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return try queue.read { db in
            let notes = try CallNote.filter(sql: "call_id IN (\(placeholders)) AND adds_facts", arguments: StatementArguments(Array(ids)))
                .order(CallNote.Columns.id).fetchAll(db)
            return Dictionary(grouping: notes, by: \.callID).mapValues { notes in
                notes.compactMap { note in note.id.map { FactNote(id: $0, text: note.note.text) } }
            }
        }
    }

    /// Adds one batch of new results, each becoming its call's current one, in a single write
    /// transaction, and returns each with the band of the result it replaced.
    ///
    /// - Throws: ``RetriageStoreError/schemaMismatch(_:_:)`` if the file's schema changed since
    ///   ``open(path:)``; nothing of this batch is then written.
    public func append(_ results: [(callID: Int64, triage: TriageRecord)]) throws -> [RetriagedCall] {
        guard !results.isEmpty else { return [] }
        let path = self.path
        let stored = try queue.write { db -> [RetriagedCall] in
            let status = try SchemaStatus(db)
            guard status.isCurrent else { throw RetriageStoreError.schemaMismatch(path, status) }
            return try results.compactMap { result in
                // Shredded after the run read it: its last triage stays.
                guard try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM calls WHERE id = ? AND shredded_at IS NULL"),
                                       arguments: [result.callID]) == 1 else { return nil }
                let previous = try String.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT triages.band FROM calls JOIN triages ON triages.id = calls.triage_id WHERE calls.id = ?"),
                    arguments: [result.callID])
                try CallRow.appendTriage(result.triage, toCall: result.callID, in: db)
                return RetriagedCall(callID: result.callID, previousBand: previous, triage: result.triage)
            }
        }
        committedTransactions += 1
        return stored
    }

    /// Closes the connection.
    public func close() throws {
        try queue.close()
    }
}
