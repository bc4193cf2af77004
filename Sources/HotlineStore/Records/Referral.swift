import Foundation
import GRDB
import HotlineCore

/// A referral of a call to a service, with what became of it.
public struct Referral: Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "referrals"

    public enum Columns {
        public static let id = Column("id")
        public static let callID = Column("call_id")
        public static let target = Column("target")
        public static let outcome = Column("outcome")
        public static let createdAt = Column("created_at")
        public static let updatedAt = Column("updated_at")
    }

    public var id: Int64?
    public var callID: Int64
    public var target: ReferralTarget
    public var outcome: ReferralOutcome
    public var createdAt: Date
    public var updatedAt: Date

    public init(row: Row) throws {
        id = row[Columns.id]
        callID = row[Columns.callID]
        target = ReferralTarget(rawValue: row[Columns.target]) ?? .other
        outcome = ReferralOutcome(rawValue: row[Columns.outcome]) ?? .pending
        let created: String = row[Columns.createdAt]
        let updated: String = row[Columns.updatedAt]
        createdAt = RFC3339.parse(created) ?? Date(timeIntervalSince1970: 0)
        updatedAt = RFC3339.parse(updated) ?? createdAt
    }

    init(callID: Int64, target: ReferralTarget, at: Date) {
        self.callID = callID
        self.target = target
        outcome = .pending
        createdAt = at
        updatedAt = at
    }

    public func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.callID] = callID
        container[Columns.target] = target.rawValue
        container[Columns.outcome] = outcome.rawValue
        container[Columns.createdAt] = RFC3339.format(createdAt)
        container[Columns.updatedAt] = RFC3339.format(updatedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var json: JSONValue {
        .object([
            "id": .integer(Int(id ?? 0)), "call_id": .integer(Int(callID)), "target": .string(target.rawValue),
            "outcome": .string(outcome.rawValue), "created_at": .string(RFC3339.format(createdAt)),
            "updated_at": .string(RFC3339.format(updatedAt)),
        ])
    }
}
