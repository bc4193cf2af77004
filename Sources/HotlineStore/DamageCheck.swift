import Foundation
import GRDB

/// SQLite's own check of a database file's structure (b-trees, pages, indexes), run when the daemon
/// opens its store, over a read-only connection before anything else opens the file: a damaged file
/// is refused before a single byte is written into it.
enum DamageCheck {
    /// Runs `PRAGMA quick_check` (every page and b-tree, without comparing indexes to tables: a few
    /// seconds for a year of calls) and throws ``StoreOpenError/damaged(path:findings:)`` unless it
    /// says ok. A missing or empty file has nothing to check.
    static func quickCheck(path: String) throws {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue, size > 0 else {
            return
        }
        var configuration = Configuration()
        configuration.label = "hotline-quick-check"
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        // Without a log beside it the file is read as immutable: no -wal or -shm is created either.
        let hasLog = FileManager.default.fileExists(atPath: path + "-wal")
        do {
            let queue = try DatabaseQueue(path: hasLog ? path : SchemaStatus.immutableURI(path), configuration: configuration)
            defer { try? queue.close() }
            let findings = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            if findings != ["ok"] {
                throw StoreOpenError.damaged(path: path, findings: findings)
            }
        } catch let error as DatabaseError where isDamage(error) {
            throw StoreOpenError.damaged(path: path, findings: [error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"])
        }
    }

    /// Whether SQLite's error says the file is damaged or is not a database at all.
    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }
}
