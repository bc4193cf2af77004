import Foundation

/// What a client submits for one call: the record as posted, after validation.
///
/// `receivedAt` is `nil` when the client left it to the server; the store then stamps the
/// time of arrival. Two submissions with the same ``externalID`` are the same call when all
/// their fields are equal (see ``isRetry(of:)``).
public struct CallSubmission: Codable, Sendable, Equatable {
    public var externalID: String?
    public var receivedAt: Date?
    public var channel: CallChannel
    public var language: NarrativeLanguage?
    public var callerRole: CallerRole
    public var narrative: String
    public var checklist: [String: ChecklistAnswer]?
    public var subject: Subject?
    public var sector: Sector?
    public var contact: Contact?
    public var `operator`: String?

    public init(
        externalID: String? = nil, receivedAt: Date? = nil, channel: CallChannel,
        language: NarrativeLanguage? = nil, callerRole: CallerRole, narrative: String,
        checklist: [String: ChecklistAnswer]? = nil, subject: Subject? = nil, sector: Sector? = nil,
        contact: Contact? = nil, operator: String? = nil
    ) {
        self.externalID = externalID
        self.receivedAt = receivedAt
        self.channel = channel
        self.language = language
        self.callerRole = callerRole
        self.narrative = narrative
        self.checklist = checklist
        self.subject = subject
        self.sector = sector
        self.contact = contact
        self.operator = `operator`
    }

    /// Whether this submission repeats `stored`, a submission already kept under the same
    /// external id: every field equal, except that a retry which leaves `received_at` to the
    /// server matches whatever time the server stamped the first time.
    public func isRetry(of stored: CallSubmission, storedReceivedAtWasDefaulted: Bool) -> Bool {
        var mine = self
        var theirs = stored
        if mine.receivedAt == nil && storedReceivedAtWasDefaulted {
            theirs.receivedAt = nil
        }
        mine.receivedAt = mine.receivedAt.map(RFC3339.truncatedToMilliseconds)
        theirs.receivedAt = theirs.receivedAt.map(RFC3339.truncatedToMilliseconds)
        return mine == theirs
    }

    enum CodingKeys: String, CodingKey {
        case externalID = "external_id"
        case receivedAt = "received_at"
        case channel, language
        case callerRole = "caller_role"
        case narrative, checklist, subject, sector, contact
        case `operator`
    }
}
