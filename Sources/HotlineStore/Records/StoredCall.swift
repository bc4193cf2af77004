import Foundation
import GRDB
import HotlineCore

/// A `calls` row as it is written: one named column per field of the submission, the times the
/// daemon stamped, and who posted it. Read back through ``CallRow``, which adds the current triage.
struct StoredCall: PreparedInsertRecord {
    static let databaseTableName = "calls"

    /// The columns of `calls`, by name: the one place a wire field meets its column.
    enum Columns {
        static let id = Column("id")
        static let externalID = Column("external_id")
        static let receivedAt = Column("received_at")
        static let receivedAtDefaulted = Column("received_at_defaulted")
        static let storedAt = Column("stored_at")
        static let status = Column("status")
        static let channel = Column("channel")
        static let language = Column("language")
        static let callerRole = Column("caller_role")
        static let narrative = Column("narrative")
        static let checklist = Column("checklist")
        static let sector = Column("sector")
        static let `operator` = Column("operator")
        static let subjectAge = Column("subject_age")
        static let subjectAgeGroup = Column("subject_age_group")
        static let subjectGender = Column("subject_gender")
        static let subjectNationality = Column("subject_nationality")
        static let subjectMunicipality = Column("subject_municipality")
        static let subjectRegion = Column("subject_region")
        static let contactName = Column("contact_name")
        static let contactPhone = Column("contact_phone")
        static let contactEmail = Column("contact_email")
        static let peerUID = Column("peer_uid")
        static let peerGID = Column("peer_gid")
        static let peerPID = Column("peer_pid")
        static let peerUser = Column("peer_user")
        static let triageID = Column("triage_id")
        static let assignedTo = Column("assigned_to")
        static let version = Column("version")
        static let dueAt = Column("due_at")
        static let dueReason = Column("due_reason")
        static let shreddedAt = Column("shredded_at")
        static let contactShreddedAt = Column("contact_shredded_at")
        static let legalHoldReason = Column("legal_hold_reason")
        static let legalHoldAt = Column("legal_hold_at")
        static let legalHoldByUID = Column("legal_hold_by_uid")
        static let legalHoldByUser = Column("legal_hold_by_user")

        /// Every column, in the table's order: what a whole record is read from.
        static let all: [Column] = [
            id, externalID, receivedAt, receivedAtDefaulted, storedAt, status, channel, language, callerRole, narrative,
            checklist, sector, `operator`, subjectAge, subjectAgeGroup, subjectGender, subjectNationality,
            subjectMunicipality, subjectRegion, contactName, contactPhone, contactEmail, peerUID, peerGID, peerPID,
            peerUser, triageID, assignedTo, version, dueAt, dueReason, shreddedAt, contactShreddedAt, legalHoldReason,
            legalHoldAt, legalHoldByUID, legalHoldByUser,
        ]
    }

    var submission: CallSubmission
    var receivedAt: Date
    var receivedAtWasDefaulted: Bool
    var storedAt: Date
    var peer: PeerIdentity?

    /// The columns a new call is written with; the others keep their defaults.
    static let insertedColumns: [InsertedColumn<StoredCall>] = [
        .init(Columns.externalID) { $0.submission.externalID },
        .init(Columns.receivedAt) { RFC3339.format($0.receivedAt) },
        .init(Columns.receivedAtDefaulted) { $0.receivedAtWasDefaulted },
        .init(Columns.storedAt) { RFC3339.format($0.storedAt) },
        .init(Columns.status) { _ in CallStatus.new.rawValue },
        .init(Columns.channel) { $0.submission.channel.rawValue },
        .init(Columns.language) { $0.submission.language?.rawValue },
        .init(Columns.callerRole) { $0.submission.callerRole.rawValue },
        .init(Columns.narrative) { $0.submission.narrative },
        .init(Columns.checklist) { $0.submission.checklist.map(checklistText) },
        .init(Columns.sector) { $0.submission.sector?.rawValue },
        .init(Columns.operator) { $0.submission.operator },
        .init(Columns.subjectAge) { $0.submission.subject?.age },
        .init(Columns.subjectAgeGroup) { $0.submission.subject?.ageGroup?.rawValue },
        .init(Columns.subjectGender) { $0.submission.subject?.gender?.rawValue },
        .init(Columns.subjectNationality) { $0.submission.subject?.nationality },
        .init(Columns.subjectMunicipality) { $0.submission.subject?.location?.municipality },
        .init(Columns.subjectRegion) { $0.submission.subject?.location?.region },
        .init(Columns.contactName) { $0.submission.contact?.name },
        .init(Columns.contactPhone) { $0.submission.contact?.phone },
        .init(Columns.contactEmail) { $0.submission.contact?.email },
        .init(Columns.peerUID) { $0.peer.map { Int64($0.uid) } },
        .init(Columns.peerGID) { $0.peer.map { Int64($0.gid) } },
        .init(Columns.peerPID) { $0.peer.map { Int64($0.pid) } },
        .init(Columns.peerUser) { $0.peer?.user },
    ]
    static let insertSQL = makeInsertSQL()

    /// The checklist column: the answers as a JSON object with sorted keys.
    static func checklistText(_ answers: [String: ChecklistAnswer]) -> String {
        String(decoding: JSONValue.object(answers.mapValues { .string($0.rawValue) }).serialized(), as: UTF8.self)
    }
}
