import GRDB

/// The result of checking a database file: SQLite's integrity check and the schema version.
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

    /// Whether the file is sound and at this build's schema version.
    public var isHealthy: Bool {
        integrity == ["ok"] && schemaVersion == expectedSchemaVersion && unknownMigrations.isEmpty
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
            return DatabaseCheck(
                integrity: integrity,
                schemaVersion: schema.version,
                expectedSchemaVersion: schema.expectedVersion,
                unknownMigrations: schema.unknownMigrations,
                journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "unknown",
                callCount: count
            )
        }
    }
}
