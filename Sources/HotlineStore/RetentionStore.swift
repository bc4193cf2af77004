import Foundation
import GRDB
import HotlineCore

/// The database as `hotline retention run` uses it, beside a running daemon or alone: it finds the
/// calls the retention policy makes due and shreds them in short transactions.
///
/// Like ``RetriageStore`` it never migrates: a file whose schema is not this build's is refused and
/// left untouched. Its connection has `secure_delete` on, and a run ends with a truncating
/// checkpoint, so the shredded text is gone from the database file and from `-wal`.
public final class RetentionStore {
    private let queue: DatabaseQueue

    /// The database file.
    public let path: String

    private init(queue: DatabaseQueue, path: String) {
        self.queue = queue
        self.path = path
    }

    /// Opens the database at `path`.
    ///
    /// - Throws: ``RetriageStoreError/missingFile(_:)`` when there is no file,
    ///   ``RetriageStoreError/schemaMismatch(_:_:)`` when its schema is not this build's, GRDB's
    ///   `DatabaseError` when SQLite cannot open it.
    public static func open(path: String) throws -> RetentionStore {
        guard FileManager.default.fileExists(atPath: path) else { throw RetriageStoreError.missingFile(path) }
        let status = try SchemaStatus.read(path: path)
        guard status.isCurrent else { throw RetriageStoreError.schemaMismatch(path, status) }
        var configuration = Configuration()
        configuration.label = "hotline-retention"
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return RetentionStore(queue: try DatabaseQueue(path: path, configuration: configuration), path: path)
    }

    /// The calls `policy` makes due at `now`, and how many of them a legal hold keeps.
    public func due(_ policy: RetentionPolicy, at now: Date) throws -> RetentionDue {
        try queue.read { db in try RetentionDue.find(policy.cutoffs(at: now), in: db) }
    }

    /// Shreds what `due` lists, `batchSize` calls per transaction, each with a `shredded` event
    /// (reason `retention`), then truncates the write-ahead log. A call held or shredded since `due`
    /// was read is skipped (held ones are counted).
    ///
    /// - Throws: GRDB's `DatabaseError` when a transaction or the final checkpoint fails; what was
    ///   committed before stays shredded.
    public func apply(_ due: RetentionDue, at now: Date, batchSize: Int = 200) throws -> RetentionTally {
        var tally = RetentionTally(skippedForLegalHold: due.held)
        let work = due.freeText.map { ($0, ShredScope.freeText) } + due.contact.map { ($0, ShredScope.contact) }
        for start in stride(from: 0, to: work.count, by: max(1, batchSize)) {
            let batch = work[start..<min(start + max(1, batchSize), work.count)]
            try queue.inTransaction(.immediate) { db in
                let status = try SchemaStatus(db)
                guard status.isCurrent else { throw RetriageStoreError.schemaMismatch(path, status) }
                for (id, scope) in batch {
                    switch try Shredding.shred(callID: id, scope: scope, reason: CallEvent.retentionReason, peer: nil, requestID: nil,
                                               at: now, in: db) {
                    case .shredded:
                        if scope == .freeText { tally.freeTextShredded += 1 } else { tally.contactShredded += 1 }
                    case .held: tally.skippedForLegalHold += 1
                    case .alreadyShredded, .notFound: break
                    }
                }
                return .commit
            }
        }
        try queue.writeWithoutTransaction { db in try Shredding.truncateLog(in: db) }
        return tally
    }

    /// Closes the connection.
    public func close() throws {
        try queue.close()
    }
}
