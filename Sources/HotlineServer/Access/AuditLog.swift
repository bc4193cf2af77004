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

    /// Logs a committed batch of entries to journald in one entry, the trail's independent second
    /// copy (``AuditJournalText``): ids, codes and each entry's hash, so `hotline audit verify
    /// --journal` can hold the two against each other.
    static func journal(_ entries: [StoredAuditEntry], logger: Logger) {
        guard let first = entries.first, let last = entries.last else { return }
        logger.info(
            "audit entries \(first.id)...\(last.id)",
            metadata: HotlineEvent.auditRecorded.metadata([
                "audit_first_id": "\(first.id)", "audit_last_id": "\(last.id)", "audit_last_hash": "\(last.hash)",
                "audit_entries": "\(AuditJournalText.text(of: entries))",
            ]))
    }
}
