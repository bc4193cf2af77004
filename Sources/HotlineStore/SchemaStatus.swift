import Foundation
import GRDB

/// Which of this build's migrations a database file has, read without writing a byte.
///
/// Tools that write to the daemon's database beside it (`hotline retriage`) must not migrate it:
/// the daemon owns the schema, and a migration under a running daemon of another version would
/// change the file it relies on. They read the status first and refuse unless ``isCurrent``.
public struct SchemaStatus: Sendable, Equatable {
    /// How many of this build's migrations the file has.
    public var version: Int
    /// The schema version this build writes.
    public var expectedVersion: Int
    /// Migrations in the file that this build does not know (a newer build wrote it).
    public var unknownMigrations: [String]

    /// Whether the file is at exactly the schema this build writes.
    public var isCurrent: Bool {
        version == expectedVersion && unknownMigrations.isEmpty
    }

    /// Reads the status through `db` (any connection, read-only is enough).
    public init(_ db: Database) throws {
        let applied: [String] = try db.tableExists("grdb_migrations")
            ? String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
        let known = HotlineSchema.migrationIdentifiers
        version = known.filter(applied.contains).count
        expectedVersion = known.count
        unknownMigrations = applied.filter { !known.contains($0) }.sorted()
    }

    /// Reads the status of the file at `path` without writing a byte or leaving a file behind.
    ///
    /// With a `-wal` file beside it, the database is (or was last) open in WAL mode, and its newest
    /// pages may be in that log: it is read over a connection opened with `SQLITE_OPEN_READONLY`,
    /// which joins the existing log and shared-memory index. Without one, the main file holds the
    /// whole database; a read-only connection would still create an empty `-wal` and a `-shm`
    /// (owned by whoever runs the command), so the file is read as `immutable` instead: no locks,
    /// no log, nothing created. Should a daemon open and change the file at that very moment, this
    /// check may read a stale version; writers therefore check again inside their transactions.
    public static func read(path: String) throws -> SchemaStatus {
        var configuration = Configuration()
        configuration.label = "hotline-schema-status"
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let hasLog = FileManager.default.fileExists(atPath: path + "-wal")
        let queue = try DatabaseQueue(path: hasLog ? path : immutableURI(path), configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in try SchemaStatus(db) }
    }

    /// A SQLite URI opening `path` as an immutable file (the `?` and `#` of a path are escaped).
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }
}
