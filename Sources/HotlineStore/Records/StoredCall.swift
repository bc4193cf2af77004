import Foundation
import GRDB
import HotlineCore

/// A `calls` row as it is written: one named column per field of the submission, the times the
/// daemon stamped, and who posted it. Read back through ``CallRow``, which adds the current triage.
struct StoredCall: PersistableRecord {
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

    func encode(to container: inout PersistenceContainer) throws {
        let subject = submission.subject
        container[Columns.externalID] = submission.externalID
        container[Columns.receivedAt] = RFC3339.format(receivedAt)
        container[Columns.receivedAtDefaulted] = receivedAtWasDefaulted
        container[Columns.storedAt] = RFC3339.format(storedAt)
        container[Columns.status] = CallStatus.new.rawValue
        container[Columns.channel] = submission.channel.rawValue
        container[Columns.language] = submission.language?.rawValue
        container[Columns.callerRole] = submission.callerRole.rawValue
        container[Columns.narrative] = submission.narrative
        container[Columns.checklist] = submission.checklist.map(Self.checklistText)
        container[Columns.sector] = submission.sector?.rawValue
        container[Columns.operator] = submission.operator
        container[Columns.subjectAge] = subject?.age
        container[Columns.subjectAgeGroup] = subject?.ageGroup?.rawValue
        container[Columns.subjectGender] = subject?.gender?.rawValue
        container[Columns.subjectNationality] = subject?.nationality
        container[Columns.subjectMunicipality] = subject?.location?.municipality
        container[Columns.subjectRegion] = subject?.location?.region
        container[Columns.contactName] = submission.contact?.name
        container[Columns.contactPhone] = submission.contact?.phone
        container[Columns.contactEmail] = submission.contact?.email
        container[Columns.peerUID] = peer.map { Int64($0.uid) }
        container[Columns.peerGID] = peer.map { Int64($0.gid) }
        container[Columns.peerPID] = peer.map { Int64($0.pid) }
        container[Columns.peerUser] = peer?.user
    }

    /// The checklist column: the answers as a JSON object with sorted keys.
    static func checklistText(_ answers: [String: ChecklistAnswer]) -> String {
        String(decoding: JSONValue.object(answers.mapValues { .string($0.rawValue) }).serialized(), as: UTF8.self)
    }
}
