import Foundation
import GRDB
import HotlineCore

/// An entry of `audit_trail` exactly as stored: its id, every column as written, and its place in
/// the hash chain. Verification hashes these stored values, never values parsed from them, so a
/// change to any byte of an entry shows.
public struct StoredAuditEntry: Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "audit_trail"

    public enum Columns {
        public static let id = Column("id")
        public static let at = Column("at")
        public static let action = Column("action")
        public static let outcome = Column("outcome")
        public static let peerUID = Column("peer_uid")
        public static let peerUser = Column("peer_user")
        public static let roles = Column("roles")
        public static let callID = Column("call_id")
        public static let callIDs = Column("call_ids")
        public static let detail = Column("detail")
        public static let requestID = Column("request_id")
        public static let previousHash = Column("previous_hash")
        public static let hash = Column("hash")
    }

    public var id: Int64
    public var at: String
    public var action: String
    public var outcome: String
    public var peerUID: Int64?
    public var peerUser: String?
    public var roles: String
    public var callID: Int64?
    /// The ids of a listing page, with commas at both ends (`,3,2,1,`) so `LIKE '%,2,%'` finds one.
    public var callIDs: String?
    public var detail: String?
    public var requestID: String?
    public var previousHash: String
    public var hash: String

    /// The hash of the entry before the first: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// `entry` as the entry with this id after the one whose hash is `previousHash`, hashed.
    init(id: Int64, entry: AuditEntry, previousHash: String) {
        self.id = id
        at = RFC3339.format(entry.at)
        action = entry.action.rawValue
        outcome = entry.outcome
        peerUID = entry.uid.map(Int64.init)
        peerUser = entry.user
        roles = entry.roles
        callID = entry.callID
        callIDs = entry.callIDs.isEmpty ? nil : "," + entry.callIDs.map(String.init).joined(separator: ",") + ","
        detail = entry.detail
        requestID = entry.requestID
        self.previousHash = previousHash
        hash = ""
        hash = computedHash
    }

    public init(row: Row) throws {
        id = row[Columns.id]
        at = row[Columns.at]
        action = row[Columns.action]
        outcome = row[Columns.outcome]
        peerUID = row[Columns.peerUID]
        peerUser = row[Columns.peerUser]
        roles = row[Columns.roles]
        callID = row[Columns.callID]
        callIDs = row[Columns.callIDs]
        detail = row[Columns.detail]
        requestID = row[Columns.requestID]
        previousHash = row[Columns.previousHash]
        hash = row[Columns.hash]
    }

    public func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.at] = at
        container[Columns.action] = action
        container[Columns.outcome] = outcome
        container[Columns.peerUID] = peerUID
        container[Columns.peerUser] = peerUser
        container[Columns.roles] = roles
        container[Columns.callID] = callID
        container[Columns.callIDs] = callIDs
        container[Columns.detail] = detail
        container[Columns.requestID] = requestID
        container[Columns.previousHash] = previousHash
        container[Columns.hash] = hash
    }

    /// SHA-256, in lower-case hex, of the entry's id, every stored column and the previous hash,
    /// serialized as one compact JSON array (strings escaped, so no column can pass for another).
    public var computedHash: String {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func number(_ value: Int64?) -> JSONValue { value.map { .integer(Int($0)) } ?? .null }
        let canonical = JSONValue.array([
            .string("hotline-audit-v1"), .integer(Int(id)), .string(at), .string(action), .string(outcome), number(peerUID),
            text(peerUser), .string(roles), number(callID), text(callIDs), text(detail), text(requestID), .string(previousHash),
        ]).serialized()
        return AuditHash.sha256Hex(canonical)
    }

    /// The ids of a listing page or queue, in order.
    public var listedCallIDs: [Int64] {
        (callIDs ?? "").split(separator: ",").compactMap { Int64($0) }
    }

    /// The entry as JSON, for `GET /v1/audit` and `hotline audit list`.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "id": .integer(Int(id)), "at": .string(at), "action": .string(action), "outcome": .string(outcome),
            "roles": .string(roles), "hash": .string(hash), "previous_hash": .string(previousHash),
        ]
        if let peerUID { object["uid"] = .integer(Int(peerUID)) }
        if let peerUser { object["user"] = .string(peerUser) }
        if let callID { object["call_id"] = .integer(Int(callID)) }
        if callIDs != nil { object["call_ids"] = .array(listedCallIDs.map { .integer(Int($0)) }) }
        if let detail { object["detail"] = .string(detail) }
        if let requestID { object["request_id"] = .string(requestID) }
        return .object(object)
    }
}
