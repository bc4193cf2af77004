import GRDB
import HotlineCore

extension CallStore {
    /// Hands every audit entry the daemon writes, once durable, to `observe` (the journal's copy).
    public func observeAudit(_ observe: @escaping @Sendable ([StoredAuditEntry]) -> Void) {
        auditObserver.set(observe)
    }

    /// Runs `work` in one write transaction and appends the audit entry it returns (if any) in the
    /// same transaction: a change and the entry of who made it are on disk together, or neither is.
    func writeWithAudit<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> (T, AuditEntry?)) async throws -> T {
        let (value, stored) = try await pool.write { db -> (T, [StoredAuditEntry]) in
            let (value, entry) = try work(db)
            guard let entry else { return (value, []) }
            return (value, try AuditChain.append([entry], in: db))
        }
        auditObserver.committed(stored)
        return value
    }

    /// Entries of the audit trail, oldest first.
    public func auditEntries(_ filter: AuditFilter) async throws -> [StoredAuditEntry] {
        try await pool.read { db in try AuditChain.entries(filter, in: db) }
    }

    /// The whole trail checked, link by link.
    public func verifyAudit() async throws -> AuditVerification {
        try await pool.read { db in try AuditChain.verify(in: db) }
    }
}

/// The audit trail of a database file opened directly by a tool beside the daemon
/// (`hotline export`, `hotline retention run`, `hotline audit verify --database`).
public enum AuditFile {
    /// Appends `entries` to the trail of the database at `path`, durably. A database without the
    /// trail (written by a build before it) is left as it is: returns `false`.
    @discardableResult
    public static func append(_ entries: [AuditEntry], toDatabaseAt path: String) throws -> Bool {
        var configuration = Configuration()
        configuration.label = "hotline-audit"
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.write { db in
            guard try db.tableExists("audit_trail") else { return false }
            try AuditChain.append(entries, in: db)
            return true
        }
    }

    /// The trail of the database at `path`, checked without writing anything.
    public static func verify(databaseAt path: String) throws -> AuditVerification {
        let queue = try ReadOnlyStore.open(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            guard try db.tableExists("audit_trail") else { return AuditVerification(entries: 0, problem: nil) }
            return try AuditChain.verify(in: db)
        }
    }

    /// Every entry's hash by id, of the database at `path`, read-only.
    public static func hashes(databaseAt path: String) throws -> [Int64: String] {
        let queue = try ReadOnlyStore.open(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            guard try db.tableExists("audit_trail") else { return [:] }
            var hashes: [Int64: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, hash FROM audit_trail")
            while let row = try rows.next() { hashes[row[0]] = row[1] }
            return hashes
        }
    }

    /// Entries of the trail of the database at `path`, read-only.
    public static func entries(_ filter: AuditFilter, databaseAt path: String) throws -> [StoredAuditEntry] {
        let queue = try ReadOnlyStore.open(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            guard try db.tableExists("audit_trail") else { return [] }
            return try AuditChain.entries(filter, in: db)
        }
    }
}
