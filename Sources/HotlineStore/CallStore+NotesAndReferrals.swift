import Foundation
import GRDB
import HotlineCore

extension CallStore {
    /// Adds a note to call `id` with its event, durably; nil when there is no such call.
    ///
    /// - Throws: ``CallShreddedError`` when the call's free text has been shredded: a note would be
    ///   new free text on a call retention is done with, and a fact note would score the call again
    ///   without its narrative.
    ///
    /// When the note adds facts and `retriage` is given, the call is scored again over its narrative
    /// and all its fact notes in the same transaction: the note, the new result (the older ones stay
    /// in the history) and a `retriaged` event with the band before and after are on disk together.
    public func addNote(
        _ note: NewNote, toCall id: Int64, peer: PeerIdentity?, requestID: String?, at: Date = Date(),
        retriage: (@Sendable (CallRecord, [FactNote]) -> TriageRecord?)? = nil, audit: AuditEntry? = nil
    ) async throws -> AddedNote? {
        try await writeWithAudit { db -> (AddedNote?, AuditEntry?) in
            guard let shreddedAt = try Row.fetchOne(db, sql: "SELECT shredded_at FROM calls WHERE id = ?", arguments: [id]) else { return (nil, nil) }
            if (shreddedAt[0] as String?) != nil { throw CallShreddedError(callID: id) }
            var stored = CallNote(callID: id, at: at, note: note, peer: peer)
            try stored.insert(db)
            var event = CallEvent(callID: id, at: at, kind: .noteAdded, peer: peer, requestID: requestID)
            event.noteID = stored.id
            try event.insert(db)
            let entry = audit?.about(call: id, detail: "note_id=\(stored.id ?? 0)")
            guard note.addsFacts, let retriage, let record = try CallRow.fetch(id: id, in: db) else {
                return (AddedNote(note: stored, retriaged: nil), entry)
            }
            let facts = try Self.factNotes(callID: id, in: db)
            guard let triage = retriage(record, facts) else { return (AddedNote(note: stored, retriaged: nil), entry) }
            let previousBand = try String.fetchOne(
                db, sql: "SELECT triages.band FROM calls JOIN triages ON triages.id = calls.triage_id WHERE calls.id = ?", arguments: [id])
            try CallRow.appendTriage(triage, toCall: id, in: db)
            var scored = CallEvent(callID: id, at: at, kind: .retriaged, peer: peer, requestID: requestID)
            scored.noteID = stored.id
            scored.bandFrom = previousBand
            scored.bandTo = triage.band
            try scored.insert(db)
            return (AddedNote(note: stored, retriaged: RetriagedCall(callID: id, previousBand: previousBand, triage: triage)), entry)
        }
    }

    /// The notes of call `id` that add facts, oldest first, as the triage reads them.
    static func factNotes(callID id: Int64, in db: Database) throws -> [FactNote] {
        try CallNote.filter(CallNote.Columns.callID == id && CallNote.Columns.addsFacts == true).order(CallNote.Columns.id).fetchAll(db)
            .compactMap { note in note.id.map { FactNote(id: $0, text: note.note.text) } }
    }

    /// The notes of call `id`, oldest first; nil when there is no such call.
    public func notes(callID id: Int64) async throws -> [CallNote]? {
        try await pool.read { db -> [CallNote]? in
            guard try StoredCall.filter(StoredCall.Columns.id == id).fetchCount(db) == 1 else { return nil }
            return try CallNote.filter(CallNote.Columns.callID == id).order(CallNote.Columns.id).fetchAll(db)
        }
    }

    /// Refers call `id` to `target` (outcome pending) with its event, durably; nil when there is no such call.
    public func refer(
        callID id: Int64, to target: ReferralTarget, peer: PeerIdentity?, requestID: String?, audit: AuditEntry? = nil, at: Date = Date()
    ) async throws -> Referral? {
        try await writeWithAudit { db -> (Referral?, AuditEntry?) in
            guard try StoredCall.filter(StoredCall.Columns.id == id).fetchCount(db) == 1 else { return (nil, nil) }
            var referral = Referral(callID: id, target: target, at: at)
            try referral.insert(db)
            var event = CallEvent(callID: id, at: at, kind: .referred, peer: peer, requestID: requestID)
            event.referralID = referral.id
            event.target = target.rawValue
            try event.insert(db)
            return (referral, audit?.about(call: id, detail: "referral_id=\(referral.id ?? 0)"))
        }
    }

    /// Records what became of referral `referralID` of call `id`; nil when there is no such referral.
    public func updateReferral(callID id: Int64, referralID: Int64, outcome: ReferralOutcome, peer: PeerIdentity?,
                               requestID: String?, audit: AuditEntry? = nil, at: Date = Date()) async throws -> Referral? {
        try await writeWithAudit { db -> (Referral?, AuditEntry?) in
            guard var referral = try Referral.filter(Referral.Columns.id == referralID && Referral.Columns.callID == id).fetchOne(db) else {
                return (nil, nil)
            }
            referral.outcome = outcome
            referral.updatedAt = at
            try referral.update(db)
            var event = CallEvent(callID: id, at: at, kind: .referralOutcome, peer: peer, requestID: requestID)
            event.referralID = referralID
            event.outcome = outcome.rawValue
            try event.insert(db)
            return (referral, audit?.about(call: id, detail: "referral_id=\(referralID) outcome=\(outcome.rawValue)"))
        }
    }

    /// The referrals of call `id`, oldest first; nil when there is no such call.
    public func referrals(callID id: Int64) async throws -> [Referral]? {
        try await pool.read { db -> [Referral]? in
            guard try StoredCall.filter(StoredCall.Columns.id == id).fetchCount(db) == 1 else { return nil }
            return try Referral.filter(Referral.Columns.callID == id).order(Referral.Columns.id).fetchAll(db)
        }
    }
}
