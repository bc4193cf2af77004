import Foundation
import GRDB

/// Read-only access to the daemon's database for tools that run beside it (exports, reports).
///
/// The connection is opened with `SQLITE_OPEN_READONLY`: it never writes, never migrates, and in
/// WAL mode it reads a consistent snapshot while the daemon keeps committing.
public enum ReadOnlyStore {
    /// Opens the database at `path` read-only.
    ///
    /// - Throws: ``ReadOnlyStoreError`` when the file is missing, is not a hotline database, or was
    ///   written by a newer build; GRDB's `DatabaseError` when SQLite cannot open it.
    public static func open(path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ReadOnlyStoreError.missingFile(path)
        }
        var configuration = Configuration()
        configuration.label = "hotline-readonly"
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.read { db in
            guard try db.tableExists("calls"), try db.tableExists("triages") else {
                throw ReadOnlyStoreError.notAHotlineDatabase(path)
            }
            let applied: [String] = try db.tableExists("grdb_migrations")
                ? String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
            let unknown = applied.filter { !HotlineSchema.migrationIdentifiers.contains($0) }
            if !unknown.isEmpty {
                throw ReadOnlyStoreError.newerSchema(path, unknownMigrations: unknown.sorted())
            }
        }
        return queue
    }

    /// Whether the export indexes (migration `v2-export-indexes`) exist in this database.
    public static func hasExportIndexes(_ db: Database) throws -> Bool {
        try db.indexes(on: "triages").contains { $0.name == "triages_for_export" }
    }

    /// Whether the file has the case-work tables, columns and indexes (schema v6 or later): events
    /// by time, referrals, and deadlines set by hand.
    public static func hasCaseWork(_ db: Database) throws -> Bool {
        try db.tableExists("call_events") && db.indexes(on: "call_events").contains { $0.name == "call_events_by_time" }
            && db.tableExists("referrals") && db.columns(in: "calls").contains { $0.name == "due_at" }
    }
}

/// Why a database could not be opened for reading.
public enum ReadOnlyStoreError: Error, Equatable, CustomStringConvertible {
    case missingFile(String)
    case notAHotlineDatabase(String)
    case newerSchema(String, unknownMigrations: [String])

    public var description: String {
        switch self {
        case .missingFile(let path): "no database at \(path)"
        case .notAHotlineDatabase(let path): "\(path) is not a hotline database (no calls table)"
        case .newerSchema(let path, let unknown):
            "\(path) was written by a newer build (migrations \(unknown.joined(separator: ", "))); use a newer hotline"
        }
    }
}
