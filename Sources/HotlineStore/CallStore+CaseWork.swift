import Foundation
import GRDB
import HotlineCore

extension CallStore {
    /// Applies `change` to call `id` if its version is still `expectedVersion` (nil: any version),
    /// in one transaction on the writer (synchronous=FULL: done means on disk): the row's status,
    /// assignee and version, one event per thing changed, and `audit` (for this call) when anything was.
    public func change(
        id: Int64, expectedVersion: Int?, change: CallChange, peer: PeerIdentity?, requestID: String?, mayReopen: Bool = true,
        audit: AuditEntry? = nil, at: Date = Date()
    ) async throws -> CallChangeOutcome {
        try await writeWithAudit { db -> (CallChangeOutcome, AuditEntry?) in
            guard var record = try CallRow.fetch(id: id, in: db) else { return (.notFound, nil) }
            if let expectedVersion, expectedVersion != record.version { return (.stale(currentVersion: record.version), nil) }
            var events: [CallEvent] = []
            if let status = change.status, status != record.status || change.reason != nil {
                guard CallLifecycle.allows(from: record.status, to: status) else {
                    return (.invalidTransition(from: record.status, allowed: CallLifecycle.next(from: record.status)), nil)
                }
                if record.status == .closed && status != .closed && !mayReopen { return (.reopenForbidden, nil) }
                var event = CallEvent(callID: id, at: at, kind: .statusChanged, peer: peer, requestID: requestID)
                event.fromStatus = record.status.rawValue
                event.toStatus = status.rawValue
                event.reason = change.reason?.rawValue
                events.append(event)
                record.status = status
            }
            if let assignee = change.assignedTo, assignee != record.assignedTo {
                var event = CallEvent(callID: id, at: at, kind: assignee == nil ? .released : .assigned, peer: peer, requestID: requestID)
                event.assignedTo = assignee
                events.append(event)
                record.assignedTo = assignee
            }
            if let due = change.dueAt, due != record.dueAt || change.dueReason != record.dueReason {
                var event = CallEvent(callID: id, at: at, kind: .dueSet, peer: peer, requestID: requestID)
                event.dueAt = due
                event.reason = change.dueReason?.rawValue
                events.append(event)
                record.dueAt = due
                record.dueReason = due == nil ? nil : change.dueReason
            }
            guard !events.isEmpty else { return (.changed(record), nil) }
            record.version += 1
            try StoredCall.filter(StoredCall.Columns.id == id).updateAll(
                db,
                StoredCall.Columns.status.set(to: record.status.rawValue),
                StoredCall.Columns.assignedTo.set(to: record.assignedTo),
                StoredCall.Columns.version.set(to: record.version),
                StoredCall.Columns.dueAt.set(to: record.dueAt.map(RFC3339.format)),
                StoredCall.Columns.dueReason.set(to: record.dueReason?.rawValue))
            for event in events { try event.insert(db) }
            return (.changed(record), audit?.about(call: id, detail: "version=\(record.version)"))
        }
    }

    /// The history of call `id`, oldest first, or `nil` when there is no such call.
    public func events(callID id: Int64) async throws -> [CallEvent]? {
        try await pool.read { db -> [CallEvent]? in
            guard try StoredCall.filter(StoredCall.Columns.id == id).fetchCount(db) == 1 else { return nil }
            return try CallEvent.filter(CallEvent.Columns.callID == id).order(CallEvent.Columns.id).fetchAll(db)
        }
    }
}
