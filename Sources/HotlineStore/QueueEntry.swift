import Foundation
import GRDB
import HotlineCore

/// An open call as the operators' worklist shows it: no narrative, no contact.
public struct QueueEntry: Sendable, Equatable {
    public var id: Int64
    public var receivedAt: Date
    public var status: CallStatus
    public var assignedTo: String?
    /// The current triage's band and flags; nil band when the call has not been triaged.
    public var band: String?
    public var flags: [String]
    public var dueAt: Date
    /// True when an operator set ``dueAt`` by hand rather than the policy.
    public var dueSetByHand = false

    /// How long past due at `now`, in whole seconds (0 when not yet due).
    public func overdueSeconds(at now: Date) -> Int {
        max(0, Int(now.timeIntervalSince(dueAt)))
    }

    /// The worklist's wire form at `now`.
    public func json(at now: Date) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .integer(Int(id)), "received_at": .string(RFC3339.format(receivedAt)), "status": .string(status.rawValue),
            "flags": .array(flags.map(JSONValue.string)), "due_at": .string(RFC3339.format(dueAt)),
            "overdue_seconds": .integer(overdueSeconds(at: now)),
        ]
        if dueSetByHand { object["due_set_by_hand"] = .bool(true) }
        object["band"] = band.map(JSONValue.string)
        object["assigned_to"] = assignedTo.map(JSONValue.string)
        return .object(object)
    }
}

extension CallStore {
    /// The open calls (not closed), most pressing first: overdue ones, then by urgency (danger,
    /// custody, minors, then the band), then by due time; at most `limit`.
    public func queue(policy: DeadlinePolicy, now: Date = Date(), limit: Int) async throws -> [QueueEntry] {
        let rows = try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT calls.id, calls.received_at, calls.status, calls.assigned_to, calls.due_at, triages.band, triages.flags
                FROM calls LEFT JOIN triages ON triages.id = calls.triage_id
                WHERE calls.status != 'closed'
                """)
        }
        var entries: [(entry: QueueEntry, urgency: Int)] = []
        entries.reserveCapacity(rows.count)
        for row in rows {
            let receivedText: String = row["received_at"]
            guard let receivedAt = RFC3339.parse(receivedText) else { continue }
            let flagsText: String? = row["flags"]
            let flags = (flagsText ?? "").split(separator: ",").map(String.init)
            let band: String? = row["band"]
            let setByHand = (row["due_at"] as String?).flatMap(RFC3339.parse)
            var entry = QueueEntry(
                id: row["id"], receivedAt: receivedAt, status: CallStatus(rawValue: row["status"]) ?? .new,
                assignedTo: row["assigned_to"], band: band, flags: flags,
                dueAt: setByHand ?? policy.due(receivedAt: receivedAt, flags: flags, band: band))
            entry.dueSetByHand = setByHand != nil
            entries.append((entry, DeadlinePolicy.urgency(flags: flags, band: band)))
        }
        entries.sort { a, b in
            let aLate = a.entry.dueAt < now, bLate = b.entry.dueAt < now
            if aLate != bLate { return aLate }
            if a.urgency != b.urgency { return a.urgency < b.urgency }
            if a.entry.dueAt != b.entry.dueAt { return a.entry.dueAt < b.entry.dueAt }
            return a.entry.id < b.entry.id
        }
        return entries.prefix(limit).map(\.entry)
    }
}
