import GRDB

/// The result of checking a database file: SQLite's integrity check, the schema version, and every
/// stored row read back the way the daemon reads it (``StoredRowCheck``).
public struct DatabaseCheck: Sendable, Equatable {
    /// SQLite's `PRAGMA integrity_check` lines; `["ok"]` when the file is sound.
    public var integrity: [String]
    /// How many of this build's migrations the file has.
    public var schemaVersion: Int
    /// The schema version this build writes.
    public var expectedSchemaVersion: Int
    /// Migrations in the file that this build does not know (a newer daemon wrote it).
    public var unknownMigrations: [String]
    public var journalMode: String
    public var callCount: Int
    /// Rows that cannot be read back as stored (at most 1000 listed).
    public var damagedRows: [DamagedRow]
    /// How many rows are damaged in all.
    public var damagedRowCount: Int
    /// Why the rows could not all be read (SQLite's message), when the file is too damaged for that.
    public var rowScanFailure: String?

    /// Whether the file is sound, at this build's schema version, and every row reads back.
    public var isHealthy: Bool {
        integrity == ["ok"] && schemaVersion == expectedSchemaVersion && unknownMigrations.isEmpty
            && damagedRowCount == 0 && rowScanFailure == nil
    }

    /// Checks the database at `path`, read-only: safe while the daemon is writing.
    public static func run(path: String) throws -> DatabaseCheck {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let schema = try SchemaStatus(db)
            let count = try db.tableExists("calls") ? Int.fetchOne(db, sql: "SELECT count(*) FROM calls") ?? 0 : 0
            var damaged: (rows: [DamagedRow], total: Int) = ([], 0)
            var scanFailure: String?
            do {
                damaged = try StoredRowCheck.run(db)
            } catch let error as DatabaseError {
                scanFailure = error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
            }
            return DatabaseCheck(
                integrity: integrity,
                schemaVersion: schema.version,
                expectedSchemaVersion: schema.expectedVersion,
                unknownMigrations: schema.unknownMigrations,
                journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "unknown",
                callCount: count,
                damagedRows: damaged.rows,
                damagedRowCount: damaged.total,
                rowScanFailure: scanFailure
            )
        }
    }
}
