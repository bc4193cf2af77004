import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// The daemon's connections to its database file (one `DatabasePool`: a writer and readers),
/// replaced as a whole when the writer has to start afresh.
///
/// SQLite keeps a connection the way it was opened: one opened while the file was read-only stays
/// read-only after the permissions are fixed. ``reopen()`` opens new connections; reads and writes
/// already running finish on the old ones, which close when the last of them is done.
final class StoreConnections: Sendable {
    let path: String
    private let current: Mutex<DatabasePool>

    /// Opens the database at `path` (creating it when missing).
    init(path: String) throws {
        self.path = path
        current = Mutex(try Self.open(path: path))
    }

    /// The connections in use.
    var pool: DatabasePool { current.withLock { $0 } }

    /// Closes every connection and opens new ones, once the file can be written again.
    ///
    /// All of the old ones are closed first: SQLite keeps the file handles of a closed connection
    /// for reuse while any other connection to the same file is open, and a new writer could get a
    /// handle that was opened read-only (its commits then fail, and so does every checkpoint). A read
    /// that picks up the old connections in that moment fails and is answered 503, like any read
    /// while the store is degraded.
    ///
    /// - Throws: a ``StorageFault`` without touching the connections while the file is still not
    ///   writable for this process; the error of opening otherwise.
    func reopen() throws {
        if access(path, W_OK) != 0 {
            let reason = String(cString: strerror(errno))
            let code = errno == ENOENT ? ResultCode.SQLITE_CANTOPEN : ResultCode.SQLITE_READONLY
            throw StorageFault(code: code.rawValue, extendedCode: code.rawValue, message: "the database file is not writable: \(reason)")
        }
        try? pool.close()
        let fresh = try Self.open(path: path)
        current.withLock { $0 = fresh }
    }

    /// Whether SQLite opened the writer's connection read-only (the file was not writable then).
    func writerIsReadOnly() throws -> Bool {
        try pool.writeWithoutTransaction { db in sqlite3_db_readonly(db.sqliteConnection, "main") == 1 }
    }

    /// Every commit is durable (`synchronous = FULL`), on the writer and on the readers, and every
    /// connection overwrites what it frees (`secure_delete`).
    private static func open(path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.label = "hotline"
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // The savepoint each record of a group commit is written in keeps its statement
            // journal in memory: on disk it was a temporary file created, written (about 60 KB)
            // and deleted in every transaction. Durability is the WAL's, not the temp file's.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // Freed bytes are overwritten with zeros: the old copy of a row that is updated or
            // shredded does not linger in the file's free space (see Shredding).
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        // DatabasePool lowers its writer to synchronous=NORMAL after prepareDatabase when it
        // switches to WAL; an acknowledged record must survive a power cut, so restore FULL.
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return pool
    }
}
