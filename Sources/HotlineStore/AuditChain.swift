import Foundation
import GRDB
import HotlineCore

/// Appending to, checking and reading the hash-chained `audit_trail`.
///
/// Any process may append (the daemon, `hotline export`, `hotline retention run`): each append
/// reads the last entry inside its own write transaction, and SQLite lets one writer in at a time,
/// so the chain has one order whoever writes.
public enum AuditChain {
    /// Appends `entries`, in order, after the last entry; returns them as stored. Call inside a write
    /// transaction.
    @discardableResult
    public static func append(_ entries: [AuditEntry], in db: Database) throws -> [StoredAuditEntry] {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, hash FROM audit_trail ORDER BY id DESC LIMIT 1"))
        // AUTOINCREMENT's counter: never reuse the id of an entry removed at the end, so the gap shows.
        let sequence = try Int64.fetchOne(db.cachedStatement(sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit_trail'")) ?? 0
        var id = max(last?["id"] ?? 0, sequence)
        var previous: String = last?["hash"] ?? StoredAuditEntry.genesisHash
        var stored: [StoredAuditEntry] = []
        stored.reserveCapacity(entries.count)
        for entry in entries {
            id += 1
            let row = StoredAuditEntry(id: id, entry: entry, previousHash: previous)
            try row.insert(db)
            previous = row.hash
            stored.append(row)
        }
        return stored
    }

    /// Walks the whole trail in id order and reports the first entry that is not as written.
    public static func verify(in db: Database) throws -> AuditVerification {
        var previousHash = StoredAuditEntry.genesisHash
        var expectedID: Int64 = 1
        var count = 0
        let cursor = try StoredAuditEntry.fetchCursor(db, sql: "SELECT * FROM audit_trail ORDER BY id")
        while let entry = try cursor.next() {
            if entry.id != expectedID {
                return AuditVerification(entries: count, problem: .init(
                    entryID: expectedID, kind: .missing,
                    explanation: "entries \(expectedID)...\(entry.id - 1) are missing: the entry after \(expectedID - 1) is \(entry.id)"))
            }
            if entry.previousHash != previousHash {
                return AuditVerification(entries: count, problem: .init(
                    entryID: entry.id, kind: .brokenLink,
                    explanation: "entry \(entry.id) does not follow entry \(entry.id - 1): its previous hash is not that entry's hash (removed, reordered or changed)"))
            }
            if entry.computedHash != entry.hash {
                return AuditVerification(entries: count, problem: .init(
                    entryID: entry.id, kind: .changed, explanation: "entry \(entry.id) was changed: its content no longer gives its hash"))
            }
            previousHash = entry.hash
            expectedID += 1
            count += 1
        }
        let sequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'audit_trail'") ?? 0
        if sequence >= expectedID {
            return AuditVerification(entries: count, problem: .init(
                entryID: expectedID, kind: .missing,
                explanation: "entries \(expectedID)...\(sequence) were written and are gone from the end of the trail"))
        }
        return AuditVerification(entries: count, problem: nil, lastHash: count == 0 ? nil : previousHash)
    }

    /// Entries matching `filter`, oldest first, after the id `after`, at most `limit`.
    public static func entries(_ filter: AuditFilter, in db: Database) throws -> [StoredAuditEntry] {
        var conditions = ["id > ?"]
        var arguments: StatementArguments = [filter.afterID]
        if let callID = filter.callID {
            conditions.append("(call_id = ? OR call_ids LIKE ?)")
            arguments += [callID, "%,\(callID),%"]
        }
        if let user = filter.user {
            if let uid = Int64(user) {
                conditions.append("(peer_user = ? OR peer_uid = ?)")
                arguments += [user, uid]
            } else {
                conditions.append("peer_user = ?")
                arguments += [user]
            }
        }
        if let since = filter.since {
            conditions.append("at >= ?")
            arguments += [RFC3339.format(since)]
        }
        if let action = filter.action {
            conditions.append("action = ?")
            arguments += [action.rawValue]
        }
        arguments += [filter.limit]
        return try StoredAuditEntry.fetchAll(
            db, sql: "SELECT * FROM audit_trail WHERE \(conditions.joined(separator: " AND ")) ORDER BY id LIMIT ?", arguments: arguments)
    }
}

/// What `hotline audit list` and `GET /v1/audit` ask for.
public struct AuditFilter: Sendable, Equatable {
    /// Entries about this call: reads and changes of it, and listing pages that returned it.
    public var callID: Int64?
    /// A user name, or a uid in digits.
    public var user: String?
    public var since: Date?
    public var action: AuditAction?
    /// Entries after this id (the cursor of the next page).
    public var afterID: Int64
    public var limit: Int

    public init(callID: Int64? = nil, user: String? = nil, since: Date? = nil, action: AuditAction? = nil, afterID: Int64 = 0, limit: Int = 100) {
        self.callID = callID
        self.user = user
        self.since = since
        self.action = action
        self.afterID = afterID
        self.limit = limit
    }
}

/// The outcome of ``AuditChain/verify(in:)``.
public struct AuditVerification: Sendable, Equatable {
    /// Entries found intact before the first problem (all of them when there is none).
    public var entries: Int
    /// The first entry that is not as written, or `nil` when the chain is whole.
    public var problem: Problem?
    /// The hash of the last entry of a whole chain: compare it with the journal's copy.
    public var lastHash: String?

    public init(entries: Int, problem: Problem?, lastHash: String? = nil) {
        self.entries = entries
        self.problem = problem
        self.lastHash = lastHash
    }

    public struct Problem: Sendable, Equatable {
        public enum Kind: String, Sendable { case changed, missing, brokenLink = "broken_link" }
        /// The first bad entry's id (for missing entries, the first id missing).
        public var entryID: Int64
        public var kind: Kind
        public var explanation: String
    }

    public var json: JSONValue {
        var object: [String: JSONValue] = ["intact": .bool(problem == nil), "entries_checked": .integer(entries)]
        if let problem {
            object["first_bad_entry"] = .integer(Int(problem.entryID))
            object["problem"] = .string(problem.kind.rawValue)
            object["explanation"] = .string(problem.explanation)
        }
        if let lastHash { object["last_hash"] = .string(lastHash) }
        return .object(object)
    }
}
