import Foundation
import GRDB
import HotlineCore

/// One thing done to a call, as `call_events` keeps it: ids, codes and times only, never text a
/// caller gave.
public struct CallEvent: Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "call_events"

    /// What kind of change it was.
    public enum Kind: String, Sendable {
        case statusChanged = "status_changed"
        case assigned
        case released
        case noteAdded = "note_added"
        case referred
        case referralOutcome = "referral_outcome"
        /// The deadline was set by hand (`due_at`, `reason`) or given back to the policy (no `due_at`).
        case dueSet = "due_set"
        /// Scored again after a note that adds facts (`note_id`, `band_from`, `band_to`).
        case retriaged
        /// Free text or contact details shredded (`shred_scope`), by retention or an erasure
        /// (`reason`: `retention` or an ``ErasureReason``).
        case shredded
        /// A supervisor set a legal hold (`reason`: the hold's reason); the call is not shredded while held.
        case legalHoldSet = "legal_hold_set"
        /// The legal hold was lifted.
        case legalHoldReleased = "legal_hold_released"
    }

    /// The reason code of a `shredded` event written by `hotline retention run`.
    public static let retentionReason = "retention"

    public enum Columns {
        public static let id = Column("id")
        public static let callID = Column("call_id")
        public static let at = Column("at")
        public static let kind = Column("kind")
        public static let fromStatus = Column("from_status")
        public static let toStatus = Column("to_status")
        public static let reason = Column("reason")
        public static let assignedTo = Column("assigned_to")
        public static let peerUID = Column("peer_uid")
        public static let peerUser = Column("peer_user")
        public static let requestID = Column("request_id")
        public static let noteID = Column("note_id")
        public static let referralID = Column("referral_id")
        public static let target = Column("target")
        public static let outcome = Column("outcome")
        public static let dueAt = Column("due_at")
        public static let bandFrom = Column("band_from")
        public static let bandTo = Column("band_to")
        public static let shredScope = Column("shred_scope")
    }

    public var id: Int64?
    public var callID: Int64
    public var at: Date
    public var kind: String
    public var fromStatus: String?
    public var toStatus: String?
    public var reason: String?
    public var assignedTo: String?
    public var peerUID: Int64?
    public var peerUser: String?
    public var requestID: String?
    public var noteID: Int64?
    public var referralID: Int64?
    public var target: String?
    public var outcome: String?
    public var dueAt: Date?
    public var bandFrom: String?
    public var bandTo: String?
    /// What a `shredded` event removed: `free_text` or `contact`.
    public var shredScope: String?

    public init(row: Row) throws {
        id = row[Columns.id]
        callID = row[Columns.callID]
        let atText: String = row[Columns.at]
        at = RFC3339.parse(atText) ?? Date(timeIntervalSince1970: 0)
        kind = row[Columns.kind]
        fromStatus = row[Columns.fromStatus]
        toStatus = row[Columns.toStatus]
        reason = row[Columns.reason]
        assignedTo = row[Columns.assignedTo]
        peerUID = row[Columns.peerUID]
        peerUser = row[Columns.peerUser]
        requestID = row[Columns.requestID]
        noteID = row[Columns.noteID]
        referralID = row[Columns.referralID]
        target = row[Columns.target]
        outcome = row[Columns.outcome]
        dueAt = (row[Columns.dueAt] as String?).flatMap(RFC3339.parse)
        bandFrom = row[Columns.bandFrom]
        bandTo = row[Columns.bandTo]
        shredScope = row[Columns.shredScope]
    }

    init(callID: Int64, at: Date, kind: Kind, peer: PeerIdentity?, requestID: String?) {
        self.callID = callID
        self.at = at
        self.kind = kind.rawValue
        self.peerUID = peer.map { Int64($0.uid) }
        self.peerUser = peer?.user
        self.requestID = requestID
    }

    public func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.callID] = callID
        container[Columns.at] = RFC3339.format(at)
        container[Columns.kind] = kind
        container[Columns.fromStatus] = fromStatus
        container[Columns.toStatus] = toStatus
        container[Columns.reason] = reason
        container[Columns.assignedTo] = assignedTo
        container[Columns.peerUID] = peerUID
        container[Columns.peerUser] = peerUser
        container[Columns.requestID] = requestID
        container[Columns.noteID] = noteID
        container[Columns.referralID] = referralID
        container[Columns.target] = target
        container[Columns.outcome] = outcome
        container[Columns.dueAt] = dueAt.map(RFC3339.format)
        container[Columns.bandFrom] = bandFrom
        container[Columns.bandTo] = bandTo
        container[Columns.shredScope] = shredScope
    }

    /// The wire form (`GET /v1/calls/{id}/events`).
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "id": .integer(Int(id ?? 0)), "call_id": .integer(Int(callID)), "at": .string(RFC3339.format(at)),
            "kind": .string(kind),
        ]
        object["from_status"] = fromStatus.map(JSONValue.string)
        object["to_status"] = toStatus.map(JSONValue.string)
        object["reason"] = reason.map(JSONValue.string)
        object["assigned_to"] = assignedTo.map(JSONValue.string)
        if let peerUID {
            var by: [String: JSONValue] = ["uid": .integer(Int(peerUID))]
            by["user"] = peerUser.map(JSONValue.string)
            object["by"] = .object(by)
        }
        object["request_id"] = requestID.map(JSONValue.string)
        object["note_id"] = noteID.map { .integer(Int($0)) }
        object["referral_id"] = referralID.map { .integer(Int($0)) }
        object["target"] = target.map(JSONValue.string)
        object["outcome"] = outcome.map(JSONValue.string)
        object["due_at"] = dueAt.map { .string(RFC3339.format($0)) }
        object["band_from"] = bandFrom.map(JSONValue.string)
        object["band_to"] = bandTo.map(JSONValue.string)
        object["shred_scope"] = shredScope.map(JSONValue.string)
        return .object(object)
    }
}
