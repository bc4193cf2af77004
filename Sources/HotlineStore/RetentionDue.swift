import Foundation
import GRDB
import HotlineCore

/// The calls a retention policy makes due at one moment.
///
/// A closed call's closing time is its last `status_changed` event to `closed` (a call closed with
/// no such event, from before case work, counts from its `received_at`). A call that is not closed
/// now, reopened ones included, is due only under `unclosed_days_after_received`.
public struct RetentionDue: Sendable, Equatable {
    /// Calls whose free text (and contact with it) is due.
    public var freeText: [Int64] = []
    /// Calls whose contact details only are due (they have some, and their free text is not due yet).
    public var contact: [Int64] = []
    /// Calls due for either that a legal hold keeps.
    public var held = 0

    public init(freeText: [Int64] = [], contact: [Int64] = [], held: Int = 0) {
        self.freeText = freeText
        self.contact = contact
        self.held = held
    }

    /// Reads every call not yet shredded, with its closing time.
    static func find(_ cutoffs: RetentionPolicy.Cutoffs, in db: Database) throws -> RetentionDue {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.status, c.received_at, c.contact_shredded_at, c.legal_hold_at,
                c.contact_name IS NOT NULL OR c.contact_phone IS NOT NULL OR c.contact_email IS NOT NULL,
                (SELECT max(e.at) FROM call_events e
                    WHERE e.call_id = c.id AND e.kind = 'status_changed' AND e.to_status = 'closed')
            FROM calls c WHERE c.shredded_at IS NULL ORDER BY c.id
            """)
        var due = RetentionDue()
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard let received = (row[2] as String?).flatMap(RFC3339.parse) else { continue }
            let freeTextDue: Bool
            var contactDue = false
            if (row[1] as String?) == CallStatus.closed.rawValue {
                let closed = (row[6] as String?).flatMap(RFC3339.parse) ?? received
                freeTextDue = closed < cutoffs.freeTextClosedBefore
                contactDue = !freeTextDue && (row[3] as String?) == nil && (row[5] as Bool? ?? false)
                    && closed < cutoffs.contactClosedBefore
            } else {
                freeTextDue = cutoffs.unclosedReceivedBefore.map { received < $0 } ?? false
            }
            guard freeTextDue || contactDue else { continue }
            if (row[4] as String?) != nil {
                due.held += 1
            } else if freeTextDue {
                due.freeText.append(id)
            } else {
                due.contact.append(id)
            }
        }
        return due
    }
}
