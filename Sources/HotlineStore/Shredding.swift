import Foundation
import GRDB
import HotlineCore

/// Shreds a call's free text or contact details inside the caller's write transaction, with its
/// `shredded` event, and makes the shredded text gone from the file afterwards.
///
/// Shredding empties `calls.narrative` and every `call_notes.text` of the call (both `NOT NULL`:
/// an empty string) and sets the operator's initials, the municipality and the contact details to
/// `NULL`; it keeps every coded column, so exports of past periods come out byte-identical. Stored
/// triage results carry no snippets (``EvidenceSnippets``), so the history keeps no copy either.
///
/// The connection that shreds has `secure_delete` on (every store connection has: see
/// ``StoreConnections``), so SQLite overwrites the freed bytes of the old rows with zeros; after the
/// commit ``truncateLog(in:)`` folds the write-ahead log into the file and truncates it, so the old
/// page images in `-wal` are gone too.
enum Shredding {
    /// What happened to one call.
    enum Result: Equatable {
        case shredded
        /// Already shredded to this scope (or further): nothing written.
        case alreadyShredded
        case notFound
        case held
    }

    /// Shreds `scope` of call `id` with a `shredded` event giving `reason`, unless the call is held.
    static func shred(
        callID id: Int64, scope: ShredScope, reason: String, peer: PeerIdentity?, requestID: String?, at: Date, in db: Database
    ) throws -> Result {
        try ensureSecureDelete(in: db)
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT shredded_at, contact_shredded_at, legal_hold_at FROM calls WHERE id = ?"), arguments: [id])
        else { return .notFound }
        let freeTextGone = (row[0] as String?) != nil
        let contactGone = (row[1] as String?) != nil
        if freeTextGone || (scope == .contact && contactGone) { return .alreadyShredded }
        if (row[2] as String?) != nil { return .held }
        let stamp = RFC3339.format(at)
        switch scope {
        case .freeText:
            try db.execute(sql: """
                UPDATE calls SET narrative = '', operator = NULL, subject_municipality = NULL,
                    contact_name = NULL, contact_phone = NULL, contact_email = NULL,
                    shredded_at = ?, contact_shredded_at = COALESCE(contact_shredded_at, ?), version = version + 1
                WHERE id = ?
                """, arguments: [stamp, stamp, id])
            try db.execute(sql: "UPDATE call_notes SET text = '' WHERE call_id = ?", arguments: [id])
            // A legal hold's reason is staff's free text too (a hold in force blocks shredding, so
            // only the reasons of holds since lifted are left, in their events).
            try db.execute(sql: "UPDATE call_events SET reason = NULL WHERE call_id = ? AND kind = 'legal_hold_set'", arguments: [id])
        case .contact:
            try db.execute(sql: """
                UPDATE calls SET contact_name = NULL, contact_phone = NULL, contact_email = NULL,
                    contact_shredded_at = ?, version = version + 1
                WHERE id = ?
                """, arguments: [stamp, id])
        }
        var event = CallEvent(callID: id, at: at, kind: .shredded, peer: peer, requestID: requestID)
        event.reason = reason
        event.shredScope = scope.rawValue
        try event.insert(db)
        return .shredded
    }

    /// Turns `secure_delete` on for this connection if it is not (it is on every store connection).
    static func ensureSecureDelete(in db: Database) throws {
        if try Int.fetchOne(db, sql: "PRAGMA secure_delete") != 1 {
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
    }

    /// Copies the write-ahead log into the database file and truncates it to zero bytes
    /// (`wal_checkpoint(TRUNCATE)`), waiting up to the busy timeout for readers to finish.
    ///
    /// - Throws: the SQLite error (`SQLITE_BUSY` when a reader held the log back): the shredded
    ///   rows are committed, but old page images may still be in `-wal` until a checkpoint succeeds.
    static func truncateLog(in db: Database) throws {
        try db.checkpoint(.truncate)
    }
}
