import Foundation
import GRDB
import HotlineCore

/// Mapping between a `calls` row (joined with its current triage) and a ``CallRecord``.
enum CallRow {
    /// Columns selected for a record: the call and its current triage's JSON.
    /// The triage JSON comes as its raw bytes: read as text, SQLite's bytes that are not UTF-8 would
    /// be replaced on the way and a damaged result served as if it were whole.
    ///
    /// The call's columns are named, not `calls.*`: a statement prepared on a connection that has not
    /// yet seen a migration another connection made would expand `*` to the old columns, and a row
    /// read straight from the statement would look its columns up in that old list.
    static let selection =
        StoredCall.Columns.all.map { "calls.\($0.name)" }.joined(separator: ", ") + ", CAST(triages.result AS BLOB) AS triage_result"
    static let from = "calls LEFT JOIN triages ON triages.id = calls.triage_id"

    /// The record of `row`, its evidence snippets cut from the current narrative and notes (read
    /// through `db` when evidence lies in a note).
    static func record(_ row: Row, in db: Database) throws -> CallRecord {
        let receivedAtText: String = row[StoredCall.Columns.receivedAt]
        let storedAtText: String = row[StoredCall.Columns.storedAt]
        guard let receivedAt = RFC3339.parse(receivedAtText) else {
            throw DamagedRecordError(callID: row[StoredCall.Columns.id], column: "received_at")
        }
        guard let storedAt = RFC3339.parse(storedAtText) else {
            throw DamagedRecordError(callID: row[StoredCall.Columns.id], column: "stored_at")
        }
        let checklistText: String? = row[StoredCall.Columns.checklist]
        let checklist = try checklistText.map { text in
            guard let answers = Self.checklist(text) else { throw DamagedRecordError(callID: row[StoredCall.Columns.id], column: "checklist") }
            return answers
        }
        var subject = Subject(
            age: row[StoredCall.Columns.subjectAge],
            ageGroup: (row[StoredCall.Columns.subjectAgeGroup] as String?).flatMap(AgeGroup.init(rawValue:)),
            gender: (row[StoredCall.Columns.subjectGender] as String?).flatMap(Gender.init(rawValue:)),
            nationality: row[StoredCall.Columns.subjectNationality]
        )
        let municipality: String? = row[StoredCall.Columns.subjectMunicipality]
        let region: String? = row[StoredCall.Columns.subjectRegion]
        if municipality != nil || region != nil {
            subject.location = Subject.Location(municipality: municipality, region: region)
        }
        let contact = Contact(name: row[StoredCall.Columns.contactName], phone: row[StoredCall.Columns.contactPhone], email: row[StoredCall.Columns.contactEmail])
        let peer: PeerIdentity? = (row[StoredCall.Columns.peerUID] as Int64?).map { uid in
            PeerIdentity(uid: UInt32(uid), gid: UInt32(row[StoredCall.Columns.peerGID] as Int64), pid: Int32(row[StoredCall.Columns.peerPID] as Int64), user: row[StoredCall.Columns.peerUser])
        }
        let triageBytes: Data? = row["triage_result"]
        // Checked, not rebuilt: a damaged result is refused, a whole one answered as stored.
        let callID: Int64 = row[StoredCall.Columns.id]
        let narrative: String = row[StoredCall.Columns.narrative]
        let triage = try triageBytes.map { bytes in
            guard let text = StoredJSON(validating: [UInt8](bytes)) else {
                throw DamagedRecordError(callID: callID, column: "triage result")
            }
            return try EvidenceText.restore(text, callID: callID, narrative: narrative, in: db)
        }
        let submission = CallSubmission(
            externalID: row[StoredCall.Columns.externalID],
            receivedAt: receivedAt,
            channel: CallChannel(rawValue: row[StoredCall.Columns.channel]) ?? .other,
            language: (row[StoredCall.Columns.language] as String?).flatMap(NarrativeLanguage.init(rawValue:)),
            callerRole: CallerRole(rawValue: row[StoredCall.Columns.callerRole]) ?? .other,
            narrative: narrative,
            checklist: checklist,
            subject: subject == Subject() ? nil : subject,
            sector: (row[StoredCall.Columns.sector] as String?).flatMap(Sector.init(rawValue:)),
            contact: contact == Contact() ? nil : contact,
            operator: row[StoredCall.Columns.operator]
        )
        var record = CallRecord(
            id: row[StoredCall.Columns.id],
            receivedAt: receivedAt,
            receivedAtWasDefaulted: row[StoredCall.Columns.receivedAtDefaulted],
            storedAt: storedAt,
            status: CallStatus(rawValue: row[StoredCall.Columns.status]) ?? .new,
            submission: submission,
            postedBy: peer,
            storedTriage: triage
        )
        record.assignedTo = row[StoredCall.Columns.assignedTo]
        record.version = row[StoredCall.Columns.version] ?? 1
        record.dueAt = (row[StoredCall.Columns.dueAt] as String?).flatMap(RFC3339.parse)
        record.dueReason = (row[StoredCall.Columns.dueReason] as String?).flatMap(DueReason.init(rawValue:))
        record.shreddedAt = (row[StoredCall.Columns.shreddedAt] as String?).flatMap(RFC3339.parse)
        record.contactShreddedAt = (row[StoredCall.Columns.contactShreddedAt] as String?).flatMap(RFC3339.parse)
        if let reason: String = row[StoredCall.Columns.legalHoldReason] {
            record.legalHold = LegalHold(
                reason: reason, at: (row[StoredCall.Columns.legalHoldAt] as String?).flatMap(RFC3339.parse) ?? Date(timeIntervalSince1970: 0),
                byUID: (row[StoredCall.Columns.legalHoldByUID] as Int64?).map { UInt32(truncatingIfNeeded: $0) },
                byUser: row[StoredCall.Columns.legalHoldByUser])
        }
        return record
    }

    /// Inserts a call and returns its id.
    static func insert(
        _ submission: CallSubmission, receivedAt: Date, defaulted: Bool, storedAt: Date, peer: PeerIdentity?, in db: Database
    ) throws -> Int64 {
        try StoredCall(submission: submission, receivedAt: receivedAt, receivedAtWasDefaulted: defaulted, storedAt: storedAt, peer: peer)
            .insertPrepared(db)
        return db.lastInsertedRowID
    }

    /// Adds a triage result to a call's history and makes it the current one.
    static func appendTriage(_ triage: TriageRecord, toCall callID: Int64, in db: Database) throws {
        try StoredTriage(callID: callID, triage: triage).insertPrepared(db)
        let triageID = db.lastInsertedRowID
        for indicator in triage.indicators {
            try StoredTriageIndicator(triageID: triageID, indicator: indicator).insertPrepared(db)
        }
        try db.cachedStatement(sql: "UPDATE calls SET \(StoredCall.Columns.triageID.name) = ? WHERE id = ?").execute(arguments: [triageID, callID])
    }

    /// The checklist column read back, or nil when it is not an object of known answers.
    static func checklist(_ text: String) -> [String: ChecklistAnswer]? {
        guard case .object(let members)? = try? JSONValue.parse(Array(text.utf8)) else { return nil }
        var answers: [String: ChecklistAnswer] = [:]
        for (id, value) in members {
            guard case .string(let raw) = value, let answer = ChecklistAnswer(rawValue: raw) else { return nil }
            answers[id] = answer
        }
        return answers
    }

    static func fetch(id: Int64, in db: Database) throws -> CallRecord? {
        try fetchOne(db.cachedStatement(sql: "SELECT \(selection) FROM \(from) WHERE calls.id = ?"), arguments: [id], in: db)
    }

    /// Whether a call has this `external_id`: one look into its unique index, without reading the
    /// row, the answer for nearly every submission.
    static func exists(externalID: String, in db: Database) throws -> Bool {
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM calls WHERE \(StoredCall.Columns.externalID.name) = ?")
        statement.setUncheckedArguments([externalID])
        return try Bool.fetchOne(statement) != nil
    }

    static func fetch(externalID: String, in db: Database) throws -> CallRecord? {
        try fetchOne(db.cachedStatement(sql: "SELECT \(selection) FROM \(from) WHERE calls.external_id = ?"), arguments: [externalID], in: db)
    }

    /// The record of the first row `statement` gives, read while the row is still the statement's:
    /// a row copied out of it (`Row.fetchOne`) finds each of its forty columns by lowercasing every
    /// column name, which cost a read by id more than its query.
    private static func fetchOne(_ statement: Statement, arguments: StatementArguments, in db: Database) throws -> CallRecord? {
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        guard let row = try rows.next() else { return nil }
        return try record(row, in: db)
    }
}
