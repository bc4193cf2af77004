import Foundation
import HotlineCore
import HotlineStore
import HotlineSystemd
import Logging

/// What handlers write to the audit trail: one entry per audited act, with who asked (from the
/// request's context: uid, user, roles), which calls, and the request id. Handing an entry over
/// does not wait for the disk (``AuditRecorder``).
struct AuditLog: Sendable {
    let recorder: AuditRecorder

    /// The entry of `action` by the request's peer, not yet handed over (for a write that carries
    /// its entry into its own transaction).
    func entry(_ action: AuditAction, _ context: HotlineRequestContext, callID: Int64? = nil, detail: String? = nil) -> AuditEntry {
        AuditEntry(
            at: Date(), action: action, uid: context.peer?.uid, user: context.peer?.user, roles: context.access.rolesText,
            callID: callID, detail: detail, requestID: context.requestID)
    }

    func record(
        _ action: AuditAction, _ context: HotlineRequestContext, callID: Int64? = nil, callIDs: [Int64] = [], detail: String? = nil,
        outcome: String = "done"
    ) {
        recorder.record(AuditEntry(
            at: Date(), action: action, outcome: outcome, uid: context.peer?.uid, user: context.peer?.user,
            roles: context.access.rolesText, callID: callID, callIDs: callIDs, detail: detail, requestID: context.requestID))
    }

    /// Logs each stored entry to journald, the trail's independent second copy: ids, codes and the
    /// entry's hash, so `hotline audit verify --journal` can hold the two against each other.
    static func journal(_ entries: [StoredAuditEntry], logger: Logger) {
        for entry in entries {
            var metadata: Logger.Metadata = [
                "audit_id": "\(entry.id)", "audit_hash": "\(entry.hash)", "audit_action": "\(entry.action)",
                "audit_outcome": "\(entry.outcome)", "roles": "\(entry.roles)",
            ]
            if let uid = entry.peerUID { metadata["peer_uid"] = "\(uid)" }
            if let callID = entry.callID { metadata["call_id"] = "\(callID)" }
            if let ids = entry.callIDs { metadata["call_ids"] = "\(ids.dropFirst().dropLast())" }
            if let requestID = entry.requestID { metadata["request_id"] = "\(requestID)" }
            logger.info("audit \(entry.action)", metadata: HotlineEvent.auditRecorded.metadata(metadata))
        }
    }
}
