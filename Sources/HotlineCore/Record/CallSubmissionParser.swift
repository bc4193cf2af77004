import Foundation

/// Turns a request body into a ``CallSubmission``, or says exactly which field is wrong.
///
/// The parser is strict: unknown fields are refused (a misspelt field is never silently
/// dropped), every closed vocabulary is checked, and limits are enforced. Error messages
/// never quote submitted values, which may be personal data.
///
/// Every string value is put into Unicode Normalization Form C as it is read, before any check,
/// so the stored record, the triage input and the evidence offsets see one form of the text
/// whichever form the client sent. A string with a character of more than 32 code points is
/// refused before that (see ``Swift/String/maximumCodePointsPerCharacter``).
public struct CallSubmissionParser: Sendable {
    /// Largest narrative accepted, in UTF-8 bytes.
    public static let maximumNarrativeBytes = 64 * 1024
    /// Longest `external_id`, in Unicode code points (as JSON Schema's `maxLength` counts).
    ///
    /// Every character limit counts code points of the NFC text, never grapheme clusters: "e"
    /// followed by 20,000 combining marks is one Character but 20,001 code points.
    public static let maximumExternalIDLength = 128

    /// Answers whether a checklist key names an indicator of the current catalog.
    public var isKnownIndicator: @Sendable (String) -> Bool
    /// When a client's `received_at` may lie.
    public var receivedAtWindow: ReceivedAtWindow
    /// The clock the window's upper end is measured from.
    public var now: @Sendable () -> Date

    public init(
        isKnownIndicator: @escaping @Sendable (String) -> Bool = { _ in true },
        receivedAtWindow: ReceivedAtWindow = .standard,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.isKnownIndicator = isKnownIndicator
        self.receivedAtWindow = receivedAtWindow
        self.now = now
    }

    /// Parses and validates a JSON request body.
    public func parse(_ body: [UInt8]) throws(RecordValidationError) -> CallSubmission {
        let value = try JSONBody.value(body)
        return try parse(value)
    }

    /// Validates an already decoded JSON value.
    public func parse(_ value: JSONValue) throws(RecordValidationError) -> CallSubmission {
        var fields = try FieldReader(value, path: nil, allowed: Self.topLevelFields)
        let narrative = try fields.requiredString("narrative")
        guard !narrative.isEmpty else {
            throw RecordValidationError(.invalidField, field: "narrative", "The narrative must not be empty.")
        }
        guard narrative.utf8.count <= Self.maximumNarrativeBytes else {
            throw RecordValidationError(
                .invalidField, field: "narrative",
                "The narrative is longer than \(Self.maximumNarrativeBytes) bytes.")
        }
        var submission = CallSubmission(
            channel: try fields.requiredEnum("channel", CallChannel.self),
            callerRole: try fields.requiredEnum("caller_role", CallerRole.self),
            narrative: narrative
        )
        if let externalID = try fields.optionalString("external_id") {
            guard (1...Self.maximumExternalIDLength).contains(externalID.unicodeScalars.count),
                externalID.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control })
            else {
                throw RecordValidationError(
                    .invalidField, field: "external_id",
                    "external_id must be 1 to \(Self.maximumExternalIDLength) Unicode code points with no control characters.")
            }
            submission.externalID = externalID
        }
        if let text = try fields.optionalString("received_at") {
            guard let date = RFC3339.parse(text) else {
                throw RecordValidationError(
                    .invalidField, field: "received_at", "received_at must be an RFC 3339 timestamp such as 2026-11-29T15:04:05Z.")
            }
            guard receivedAtWindow.admits(date, now: now()) else {
                throw RecordValidationError(.invalidField, field: "received_at", "received_at must be \(receivedAtWindow.summary).")
            }
            submission.receivedAt = date
        }
        submission.language = try fields.optionalEnum("language", NarrativeLanguage.self)
        submission.sector = try fields.optionalEnum("sector", Sector.self)
        submission.operator = try fields.optionalText("operator", maxLength: 16)
        submission.checklist = try parseChecklist(fields.optional("checklist"))
        submission.subject = try parseSubject(fields.optional("subject"))
        submission.contact = try parseContact(fields.optional("contact"))
        return submission
    }

    static let topLevelFields: Set<String> = [
        "external_id", "received_at", "channel", "language", "caller_role", "narrative",
        "checklist", "subject", "sector", "contact", "operator",
    ]

    private func parseChecklist(_ value: JSONValue?) throws(RecordValidationError) -> [String: ChecklistAnswer]? {
        guard let value else { return nil }
        guard case .object(let entries) = value else {
            throw RecordValidationError(.wrongType, field: "checklist", "checklist must be an object, not \(value.typeName).")
        }
        var answers: [String: ChecklistAnswer] = [:]
        // Keys are checked before answers, so an id the catalog does not know is never named in an
        // error: `field` then stays `checklist`, since a key a client sends can itself be personal data.
        if entries.keys.contains(where: { !isKnownIndicator($0) }) {
            throw RecordValidationError(
                .invalidField, field: "checklist",
                "checklist holds a key that is not an indicator id of the current catalog (hotline catalog check lists them).")
        }
        for (id, answer) in entries.sorted(by: { $0.key < $1.key }) {
            let field = "checklist.\(id)"
            guard case .string(let text) = answer else {
                throw RecordValidationError(.wrongType, field: field, "A checklist answer must be a string, not \(answer.typeName).")
            }
            guard let parsed = ChecklistAnswer(rawValue: text) else {
                throw RecordValidationError(.invalidField, field: field, "A checklist answer must be one of: yes, no, unknown.")
            }
            answers[id] = parsed
        }
        return answers
    }

    private func parseSubject(_ value: JSONValue?) throws(RecordValidationError) -> Subject? {
        guard let value else { return nil }
        var fields = try FieldReader(value, path: "subject", allowed: ["age", "age_group", "gender", "nationality", "location"])
        var subject = Subject()
        if let age = try fields.optionalInteger("age") {
            guard (0...120).contains(age) else {
                throw RecordValidationError(.invalidField, field: "subject.age", "subject.age must be a whole number from 0 to 120.")
            }
            subject.age = age
        }
        subject.ageGroup = try fields.optionalEnum("age_group", AgeGroup.self)
        subject.gender = try fields.optionalEnum("gender", Gender.self)
        if let nationality = try fields.optionalString("nationality") {
            guard CountryCodes.alpha2.contains(nationality) else {
                throw RecordValidationError(
                    .invalidField, field: "subject.nationality",
                    "subject.nationality must be an assigned ISO 3166-1 alpha-2 country code in upper case, such as DK.")
            }
            subject.nationality = nationality
        }
        if let location = fields.optional("location") {
            var locationFields = try FieldReader(location, path: "subject.location", allowed: ["municipality", "region"])
            subject.location = Subject.Location(
                municipality: try locationFields.optionalText("municipality", maxLength: 100),
                region: try locationFields.optionalText("region", maxLength: 100)
            )
        }
        return subject
    }

    private func parseContact(_ value: JSONValue?) throws(RecordValidationError) -> Contact? {
        guard let value else { return nil }
        var fields = try FieldReader(value, path: "contact", allowed: ["name", "phone", "email"])
        return Contact(
            name: try fields.optionalText("name", maxLength: 200),
            phone: try fields.optionalText("phone", maxLength: 40),
            email: try fields.optionalText("email", maxLength: 254)
        )
    }
}

/// Reads the fields of one JSON object, refusing unknown ones.
private struct FieldReader {
    let entries: [String: JSONValue]
    let path: String?

    init(_ value: JSONValue, path: String?, allowed: Set<String>) throws(RecordValidationError) {
        guard case .object(let entries) = value else {
            let what = path.map { "\($0) must be an object" } ?? "The body must be a JSON object"
            throw RecordValidationError(.wrongType, field: path, "\(what), not \(value.typeName).")
        }
        if let unknown = entries.keys.first(where: { !allowed.contains($0) }) {
            // The key itself is never repeated (a key can be personal data): `field` names the object
            // that holds it, and a near allowed name is offered from this API's own vocabulary.
            let holder = path ?? "The body"
            let hint = FieldNameSuggestion.nearest(to: unknown, among: allowed).map { " Did you mean '\($0)'?" } ?? ""
            throw RecordValidationError(
                .unknownField, field: path,
                "\(holder) has a field this API does not have.\(hint) Allowed here: \(allowed.sorted().joined(separator: ", ")).")
        }
        self.entries = entries
        self.path = path
    }

    func name(_ key: String) -> String { path.map { "\($0).\(key)" } ?? key }

    /// The value, with JSON `null` read as absent.
    func optional(_ key: String) -> JSONValue? {
        guard let value = entries[key], value != .null else { return nil }
        return value
    }

    /// The string, in NFC (see ``Swift/String/normalizedToNFC``). A string with a character of more
    /// than 32 code points is refused first: normalizing it could take seconds.
    mutating func optionalString(_ key: String) throws(RecordValidationError) -> String? {
        guard let value = optional(key) else { return nil }
        guard case .string(let text) = value else {
            throw RecordValidationError(.wrongType, field: name(key), "\(name(key)) must be a string, not \(value.typeName).")
        }
        guard text.hasBoundedCharacters else {
            throw RecordValidationError(
                .invalidField, field: name(key),
                "\(name(key)) has a character of more than \(String.maximumCodePointsPerCharacter) Unicode code points (a pile of combining marks).")
        }
        return text.normalizedToNFC
    }

    mutating func requiredString(_ key: String) throws(RecordValidationError) -> String {
        guard let text = try optionalString(key) else {
            throw RecordValidationError(.missingField, field: name(key), "\(name(key)) is required.")
        }
        return text
    }

    /// A non-empty string of at most `maxLength` Unicode code points.
    mutating func optionalText(_ key: String, maxLength: Int) throws(RecordValidationError) -> String? {
        guard let text = try optionalString(key) else { return nil }
        guard !text.isEmpty, text.unicodeScalars.count <= maxLength else {
            throw RecordValidationError(.invalidField, field: name(key), "\(name(key)) must be 1 to \(maxLength) Unicode code points.")
        }
        return text
    }

    /// A whole number. As in JSON Schema, `13.0` is the integer 13 (a number with no fraction is an
    /// integer, however it is written); `13.5` is refused.
    mutating func optionalInteger(_ key: String) throws(RecordValidationError) -> Int? {
        guard let value = optional(key) else { return nil }
        switch value {
        case .integer(let number):
            return number
        case .number(let number) where number.rounded() == number && abs(number) < 1e15:
            return Int(number)
        default:
            throw RecordValidationError(.wrongType, field: name(key), "\(name(key)) must be a whole number, not \(value.typeName).")
        }
    }

    mutating func optionalEnum<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(RecordValidationError) -> E?
    where E.RawValue == String {
        guard let text = try optionalString(key) else { return nil }
        guard let parsed = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw RecordValidationError(.invalidField, field: name(key), "\(name(key)) must be one of: \(allowed).")
        }
        return parsed
    }

    mutating func requiredEnum<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) throws(RecordValidationError) -> E
    where E.RawValue == String {
        guard let parsed = try optionalEnum(key, type) else {
            throw RecordValidationError(.missingField, field: name(key), "\(name(key)) is required.")
        }
        return parsed
    }
}
