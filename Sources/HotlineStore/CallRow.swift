import Foundation
import GRDB
import HotlineCore

/// Mapping between a `calls` row (joined with its current triage) and a ``CallRecord``.
enum CallRow {
    /// Columns selected for a record: the call and its current triage's JSON.
    /// The triage JSON comes as its raw bytes: read as text, SQLite's bytes that are not UTF-8 would
    /// be replaced on the way and a damaged result served as if it were whole.
    static let selection = "calls.*, CAST(triages.result AS BLOB) AS triage_result"
    static let from = "calls LEFT JOIN triages ON triages.id = calls.triage_id"

    static func record(_ row: Row) throws -> CallRecord {
        let receivedAtText: String = row["received_at"]
        let storedAtText: String = row["stored_at"]
        guard let receivedAt = RFC3339.parse(receivedAtText) else {
            throw DamagedRecordError(callID: row["id"], column: "received_at")
        }
        guard let storedAt = RFC3339.parse(storedAtText) else {
            throw DamagedRecordError(callID: row["id"], column: "stored_at")
        }
        let checklistText: String? = row["checklist"]
        let checklist = try checklistText.map { text in
            do {
                return try JSONDecoder().decode([String: ChecklistAnswer].self, from: Data(text.utf8))
            } catch {
                throw DamagedRecordError(callID: row["id"], column: "checklist")
            }
        }
        var subject = Subject(
            age: row["subject_age"],
            ageGroup: (row["subject_age_group"] as String?).flatMap(AgeGroup.init(rawValue:)),
            gender: (row["subject_gender"] as String?).flatMap(Gender.init(rawValue:)),
            nationality: row["subject_nationality"]
        )
        let municipality: String? = row["subject_municipality"]
        let region: String? = row["subject_region"]
        if municipality != nil || region != nil {
            subject.location = Subject.Location(municipality: municipality, region: region)
        }
        let contact = Contact(name: row["contact_name"], phone: row["contact_phone"], email: row["contact_email"])
        let peer: PeerIdentity? = (row["peer_uid"] as Int64?).map { uid in
            PeerIdentity(uid: UInt32(uid), gid: UInt32(row["peer_gid"] as Int64), pid: Int32(row["peer_pid"] as Int64), user: row["peer_user"])
        }
        let triageBytes: Data? = row["triage_result"]
        // Checked, not rebuilt: a damaged result is refused, a whole one answered as stored.
        let triage = try triageBytes.map { bytes in
            guard let text = StoredJSON(validating: [UInt8](bytes)) else {
                throw DamagedRecordError(callID: row["id"], column: "triage result")
            }
            return text
        }
        let submission = CallSubmission(
            externalID: row["external_id"],
            receivedAt: receivedAt,
            channel: CallChannel(rawValue: row["channel"]) ?? .other,
            language: (row["language"] as String?).flatMap(NarrativeLanguage.init(rawValue:)),
            callerRole: CallerRole(rawValue: row["caller_role"]) ?? .other,
            narrative: row["narrative"],
            checklist: checklist,
            subject: subject == Subject() ? nil : subject,
            sector: (row["sector"] as String?).flatMap(Sector.init(rawValue:)),
            contact: contact == Contact() ? nil : contact,
            operator: row["operator"]
        )
        return CallRecord(
            id: row["id"],
            receivedAt: receivedAt,
            receivedAtWasDefaulted: row["received_at_defaulted"],
            storedAt: storedAt,
            status: CallStatus(rawValue: row["status"]) ?? .new,
            submission: submission,
            postedBy: peer,
            storedTriage: triage
        )
    }

    /// Inserts a call and returns its id.
    static func insert(
        _ submission: CallSubmission, receivedAt: Date, defaulted: Bool, storedAt: Date, peer: PeerIdentity?, in db: Database
    ) throws -> Int64 {
        let checklist = try submission.checklist.map { answers -> String in
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            return String(decoding: try encoder.encode(answers), as: UTF8.self)
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO calls (external_id, received_at, received_at_defaulted, stored_at, status, channel, language,
                    caller_role, narrative, checklist, sector, operator, subject_age, subject_age_group, subject_gender,
                    subject_nationality, subject_municipality, subject_region, contact_name, contact_phone, contact_email,
                    peer_uid, peer_gid, peer_pid, peer_user)
                VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                submission.externalID, RFC3339.format(receivedAt), defaulted, RFC3339.format(storedAt),
                submission.channel.rawValue, submission.language?.rawValue, submission.callerRole.rawValue,
                submission.narrative, checklist, submission.sector?.rawValue, submission.operator,
                submission.subject?.age, submission.subject?.ageGroup?.rawValue, submission.subject?.gender?.rawValue,
                submission.subject?.nationality, submission.subject?.location?.municipality,
                submission.subject?.location?.region, submission.contact?.name, submission.contact?.phone,
                submission.contact?.email, peer.map { Int64($0.uid) }, peer.map { Int64($0.gid) },
                peer.map { Int64($0.pid) }, peer?.user,
            ])
        return db.lastInsertedRowID
    }

    /// Adds a triage result to a call's history and makes it the current one.
    static func appendTriage(_ triage: TriageRecord, toCall callID: Int64, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO triages (call_id, assessed_at, catalog_version, score, band, presumed, language,
                    exploitation, flags, result)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                callID, RFC3339.format(triage.assessedAt), triage.catalogVersion, triage.score, triage.band,
                triage.presumedTrafficking, triage.language, triage.exploitation.sorted().joined(separator: ","),
                triage.flags.sorted().joined(separator: ","), triage.resultJSON,
            ])
        let triageID = db.lastInsertedRowID
        for indicator in Set(triage.indicators) {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO triage_indicators (triage_id, indicator_id, dimension) VALUES (?, ?, ?)")
                .execute(arguments: [triageID, indicator.id, indicator.dimension])
        }
        try db.cachedStatement(sql: "UPDATE calls SET triage_id = ? WHERE id = ?").execute(arguments: [triageID, callID])
    }

    static func fetch(id: Int64, in db: Database) throws -> CallRecord? {
        try Row.fetchOne(db, sql: "SELECT \(selection) FROM \(from) WHERE calls.id = ?", arguments: [id]).map(record)
    }

    static func fetch(externalID: String, in db: Database) throws -> CallRecord? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(selection) FROM \(from) WHERE calls.external_id = ?"), arguments: [externalID])
            .map(record)
    }
}
