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
    /// Who has taken the call, or `nil` while nobody has.
    public var assignedTo: String?
    /// Raised by every change (status, assignee); answered as the `ETag`, so two operators cannot
    /// silently overwrite each other.
    public var version: Int = 1
    /// The deadline an operator set by hand and why, or nil while the policy sets it from the triage.
    public var dueAt: Date?
    public var dueReason: DueReason?
    /// When the free text (narrative, notes, operator, municipality, contact) was shredded, or nil
    /// while it is kept. A shredded call's narrative is empty and its evidence has no snippets.
    public var shreddedAt: Date?
    /// When the contact details were shredded (by retention before the free text, or with it).
    public var contactShreddedAt: Date?
    /// The supervisor's legal hold, while one is set: the call is then never shredded.
    public var legalHold: LegalHold?
    public var submission: CallSubmission
    /// Who posted it.
    public var postedBy: PeerIdentity?
    /// The current triage result as the text stored and answered, or `nil` when the call has not
    /// been triaged.
    public var storedTriage: StoredJSON?

    /// The current triage result as a tree (parsed from ``storedTriage``), or `nil`.
    public var triage: JSONValue? {
        get { storedTriage?.value }
        set { storedTriage = newValue.map(StoredJSON.init) }
    }

    public init(
        id: Int64, receivedAt: Date, receivedAtWasDefaulted: Bool, storedAt: Date, status: CallStatus,
        submission: CallSubmission, postedBy: PeerIdentity?, triage: JSONValue?
    ) {
        self.init(
            id: id, receivedAt: receivedAt, receivedAtWasDefaulted: receivedAtWasDefaulted, storedAt: storedAt, status: status,
            submission: submission, postedBy: postedBy, storedTriage: triage.map(StoredJSON.init))
    }

    public init(
        id: Int64, receivedAt: Date, receivedAtWasDefaulted: Bool, storedAt: Date, status: CallStatus,
        submission: CallSubmission, postedBy: PeerIdentity?, storedTriage: StoredJSON?
    ) {
        self.id = id
        self.receivedAt = receivedAt
        self.receivedAtWasDefaulted = receivedAtWasDefaulted
        self.storedAt = storedAt
        self.status = status
        self.submission = submission
        self.postedBy = postedBy
        self.storedTriage = storedTriage
    }
}

extension CallRecord {
    /// The wire form: the submission's fields flat beside `id`, `status`, `received_at`,
    /// `stored_at`, `posted_by` and `triage`. Absent optional fields are left out.
    public var json: JSONValue {
        var object = fieldsBesideTriage
        object["triage"] = triage
        return .object(object)
    }

    /// The wire form's bytes, exactly ``json`` serialized, with the stored triage text spliced in
    /// as it is rather than parsed and written again.
    public func serializedJSON(into out: inout [UInt8]) {
        var fields = fieldsBesideTriage
        guard let storedTriage else {
            JSONValue.object(fields).serialize(into: &out)
            return
        }
        // Members in sorted key order, as the tree's writer puts them, the triage text at its place.
        fields["triage"] = .null
        out.append(UInt8(ascii: "{"))
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONValue.string(key).serialize(into: &out)
            out.append(UInt8(ascii: ":"))
            if key == "triage" {
                out.append(contentsOf: storedTriage.bytes)
            } else {
                fields[key]!.serialize(into: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }

    private var fieldsBesideTriage: [String: JSONValue] {
        var object: [String: JSONValue] = [
            "id": .integer(Int(id)),
            "received_at": .string(RFC3339.format(receivedAt)),
            "stored_at": .string(RFC3339.format(storedAt)),
            "status": .string(status.rawValue),
            "channel": .string(submission.channel.rawValue),
            "caller_role": .string(submission.callerRole.rawValue),
            "narrative": .string(submission.narrative),
            "version": .integer(version),
        ]
        object["assigned_to"] = assignedTo.map(JSONValue.string)
        object["due_at"] = dueAt.map { .string(RFC3339.format($0)) }
        object["due_reason"] = dueReason.map { .string($0.rawValue) }
        object["shredded_at"] = shreddedAt.map { .string(RFC3339.format($0)) }
        object["contact_shredded_at"] = contactShreddedAt.map { .string(RFC3339.format($0)) }
        object["legal_hold"] = legalHold?.json
        object["external_id"] = submission.externalID.map(JSONValue.string)
        object["language"] = submission.language.map { .string($0.rawValue) }
        object["sector"] = submission.sector.map { .string($0.rawValue) }
        object["operator"] = submission.operator.map(JSONValue.string)
        object["checklist"] = submission.checklist.map { answers in .object(answers.mapValues { .string($0.rawValue) }) }
        if let subject = submission.subject {
            var fields: [String: JSONValue] = [:]
            fields["age"] = subject.age.map(JSONValue.integer)
            fields["age_group"] = subject.ageGroup.map { .string($0.rawValue) }
            fields["gender"] = subject.gender.map { .string($0.rawValue) }
            fields["nationality"] = subject.nationality.map(JSONValue.string)
            if let location = subject.location {
                var place: [String: JSONValue] = [:]
                place["municipality"] = location.municipality.map(JSONValue.string)
                place["region"] = location.region.map(JSONValue.string)
                fields["location"] = .object(place)
            }
            object["subject"] = .object(fields)
        }
        if let contact = submission.contact {
            var fields: [String: JSONValue] = [:]
            fields["name"] = contact.name.map(JSONValue.string)
            fields["phone"] = contact.phone.map(JSONValue.string)
            fields["email"] = contact.email.map(JSONValue.string)
            object["contact"] = .object(fields)
        }
        if let peer = postedBy {
            var fields: [String: JSONValue] = ["uid": .integer(Int(peer.uid)), "gid": .integer(Int(peer.gid)), "pid": .integer(Int(peer.pid))]
            fields["user"] = peer.user.map(JSONValue.string)
            object["posted_by"] = .object(fields)
        }
        return object
    }
}
