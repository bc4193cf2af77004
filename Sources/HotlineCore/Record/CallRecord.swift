import Foundation

/// A call as the hotline keeps it: the submission plus what the server added.
public struct CallRecord: Sendable, Equatable {
    /// Server-assigned, increasing.
    public var id: Int64
    /// When the call was received: the client's `received_at`, or the time of arrival.
    public var receivedAt: Date
    /// Whether ``receivedAt`` was stamped by the server because the client gave none.
    public var receivedAtWasDefaulted: Bool
    /// When the record was committed to the database.
    public var storedAt: Date
    public var status: CallStatus
    public var submission: CallSubmission
    /// Who posted it.
    public var postedBy: PeerIdentity?
    /// The current triage result as JSON, or `nil` when the call has not been triaged.
    public var triage: JSONValue?

    public init(
        id: Int64, receivedAt: Date, receivedAtWasDefaulted: Bool, storedAt: Date, status: CallStatus,
        submission: CallSubmission, postedBy: PeerIdentity?, triage: JSONValue?
    ) {
        self.id = id
        self.receivedAt = receivedAt
        self.receivedAtWasDefaulted = receivedAtWasDefaulted
        self.storedAt = storedAt
        self.status = status
        self.submission = submission
        self.postedBy = postedBy
        self.triage = triage
    }
}

extension CallRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case id
        case externalID = "external_id"
        case receivedAt = "received_at"
        case storedAt = "stored_at"
        case status, channel, language
        case callerRole = "caller_role"
        case narrative, checklist, subject, sector, contact
        case `operator`
        case postedBy = "posted_by"
        case triage
    }

    /// The wire form: the submission's fields flat beside `id`, `status`, `received_at`,
    /// `stored_at`, `posted_by` and `triage`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(submission.externalID, forKey: .externalID)
        try c.encode(RFC3339.format(receivedAt), forKey: .receivedAt)
        try c.encode(RFC3339.format(storedAt), forKey: .storedAt)
        try c.encode(status, forKey: .status)
        try c.encode(submission.channel, forKey: .channel)
        try c.encodeIfPresent(submission.language, forKey: .language)
        try c.encode(submission.callerRole, forKey: .callerRole)
        try c.encode(submission.narrative, forKey: .narrative)
        try c.encodeIfPresent(submission.checklist, forKey: .checklist)
        try c.encodeIfPresent(submission.subject, forKey: .subject)
        try c.encodeIfPresent(submission.sector, forKey: .sector)
        try c.encodeIfPresent(submission.contact, forKey: .contact)
        try c.encodeIfPresent(submission.operator, forKey: .operator)
        try c.encodeIfPresent(postedBy, forKey: .postedBy)
        try c.encodeIfPresent(triage, forKey: .triage)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func date(_ key: CodingKeys) throws -> Date {
            let text = try c.decode(String.self, forKey: key)
            guard let date = RFC3339.parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "not an RFC 3339 time")
            }
            return date
        }
        let receivedAt = try date(.receivedAt)
        self.init(
            id: try c.decode(Int64.self, forKey: .id),
            receivedAt: receivedAt,
            receivedAtWasDefaulted: false,
            storedAt: try date(.storedAt),
            status: try c.decode(CallStatus.self, forKey: .status),
            submission: CallSubmission(
                externalID: try c.decodeIfPresent(String.self, forKey: .externalID),
                receivedAt: receivedAt,
                channel: try c.decode(CallChannel.self, forKey: .channel),
                language: try c.decodeIfPresent(NarrativeLanguage.self, forKey: .language),
                callerRole: try c.decode(CallerRole.self, forKey: .callerRole),
                narrative: try c.decode(String.self, forKey: .narrative),
                checklist: try c.decodeIfPresent([String: ChecklistAnswer].self, forKey: .checklist),
                subject: try c.decodeIfPresent(Subject.self, forKey: .subject),
                sector: try c.decodeIfPresent(Sector.self, forKey: .sector),
                contact: try c.decodeIfPresent(Contact.self, forKey: .contact),
                operator: try c.decodeIfPresent(String.self, forKey: .operator)
            ),
            postedBy: try c.decodeIfPresent(PeerIdentity.self, forKey: .postedBy),
            triage: try c.decodeIfPresent(JSONValue.self, forKey: .triage)
        )
    }
}
