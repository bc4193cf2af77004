import Foundation
import GRDB
import HotlineCore

extension CallStore {
    /// Sets a legal hold on call `id` (replacing one in force) with its `legal_hold_set` event,
    /// durably; the record after, or nil when there is no such call.
    public func setLegalHold(
        callID id: Int64, reason: String, peer: PeerIdentity?, requestID: String?, audit: AuditEntry? = nil, at: Date = Date()
    ) async throws -> CallRecord? {
        try await writeWithAudit { db -> (CallRecord?, AuditEntry?) in
            guard try StoredCall.filter(StoredCall.Columns.id == id).fetchCount(db) == 1 else { return (nil, nil) }
            try StoredCall.filter(StoredCall.Columns.id == id).updateAll(
                db,
                StoredCall.Columns.legalHoldReason.set(to: reason),
                StoredCall.Columns.legalHoldAt.set(to: RFC3339.format(at)),
                StoredCall.Columns.legalHoldByUID.set(to: peer.map { Int64($0.uid) }),
                StoredCall.Columns.legalHoldByUser.set(to: peer?.user),
                StoredCall.Columns.version += 1)
            var event = CallEvent(callID: id, at: at, kind: .legalHoldSet, peer: peer, requestID: requestID)
            event.reason = reason
            try event.insert(db)
            return (try CallRow.fetch(id: id, in: db), audit?.about(call: id, detail: "hold set"))
        }
    }

    /// Lifts the legal hold of call `id` with a `legal_hold_released` event, durably; a call with no
    /// hold is answered as it is, with no event. Nil when there is no such call.
    public func releaseLegalHold(
        callID id: Int64, peer: PeerIdentity?, requestID: String?, audit: AuditEntry? = nil, at: Date = Date()
    ) async throws -> CallRecord? {
        try await writeWithAudit { db -> (CallRecord?, AuditEntry?) in
            guard let record = try CallRow.fetch(id: id, in: db) else { return (nil, nil) }
            guard record.legalHold != nil else { return (record, nil) }
            try StoredCall.filter(StoredCall.Columns.id == id).updateAll(
                db,
                StoredCall.Columns.legalHoldReason.set(to: nil),
                StoredCall.Columns.legalHoldAt.set(to: nil),
                StoredCall.Columns.legalHoldByUID.set(to: nil),
                StoredCall.Columns.legalHoldByUser.set(to: nil),
                StoredCall.Columns.version += 1)
            try CallEvent(callID: id, at: at, kind: .legalHoldReleased, peer: peer, requestID: requestID).insert(db)
            return (try CallRow.fetch(id: id, in: db), audit?.about(call: id, detail: "hold lifted"))
        }
    }

    /// Shreds the free text and contact details of call `id` now, for an erasure request, with a
    /// `shredded` event giving `reason`; refused while a legal hold is set.
    ///
    /// Returns only once the shred is durable and gone from the file: committed with `secure_delete`
    /// on, then the write-ahead log checkpointed and truncated. A call already shredded is answered
    /// as it is (the checkpoint is still made, so a retry after a failed one finishes the job).
    ///
    /// - Throws: a ``StorageFault`` when the commit or the truncating checkpoint fails.
    public func erase(
        callID id: Int64, reason: ErasureReason, peer: PeerIdentity?, requestID: String?, audit: AuditEntry? = nil, at: Date = Date()
    ) async throws -> ErasureOutcome {
        do {
            let observer = auditObserver
            return try await pool.writeWithoutTransaction { db -> ErasureOutcome in
                var result: Shredding.Result = .notFound
                var audited: [StoredAuditEntry] = []
                try db.inTransaction(.immediate) {
                    result = try Shredding.shred(callID: id, scope: .freeText, reason: reason.rawValue, peer: peer, requestID: requestID,
                                                 at: at, in: db)
                    guard result == .shredded else { return .rollback }
                    if let entry = audit?.about(call: id, detail: "reason=\(reason.rawValue)") {
                        audited = try AuditChain.append([entry], in: db)
                    }
                    return .commit
                }
                observer.committed(audited)
                switch result {
                case .notFound: return .notFound
                case .held:
                    guard let hold = try CallRow.fetch(id: id, in: db)?.legalHold else { return .notFound }
                    return .legalHold(hold)
                case .shredded, .alreadyShredded:
                    try Shredding.truncateLog(in: db)
                    guard let record = try CallRow.fetch(id: id, in: db) else { return .notFound }
                    return .erased(record)
                }
            }
        } catch let fault as StorageFault {
            throw fault
        } catch {
            throw StorageFault(error)
        }
    }

    /// Whether call `id` has been shredded; nil when there is no such call.
    public func isShredded(callID id: Int64) async throws -> Bool? {
        try await pool.read { db -> Bool? in
            guard let row = try Row.fetchOne(db, sql: "SELECT shredded_at FROM calls WHERE id = ?", arguments: [id]) else { return nil }
            return (row[0] as String?) != nil
        }
    }
}
