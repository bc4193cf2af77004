/// What the engine needs from one call record.
public struct TriageInput: Sendable {
    /// The operator's free-text account of the call (sensitive: never log it).
    public var narrative: String
    /// "da" | "en" | nil (detect from the narrative).
    public var language: String?
    /// self | third_party | professional | anonymous | other.
    public var callerRole: String?
    /// Indicator id -> "yes" | "no" | "unknown". Only "yes" is evidence.
    public var checklist: [String: String]
    public var subjectAge: Int?
    /// child | adult | unknown.
    public var subjectAgeGroup: String?
    /// agriculture | construction | cleaning | domestic_work | hospitality | restaurant | transport |
    /// manufacturing | sex_industry | begging | crime | other.
    public var sector: String?

    public init(narrative: String, language: String? = nil, callerRole: String? = nil, checklist: [String: String] = [:],
                subjectAge: Int? = nil, subjectAgeGroup: String? = nil, sector: String? = nil) {
        self.narrative = narrative
        self.language = language
        self.callerRole = callerRole
        self.checklist = checklist
        self.subjectAge = subjectAge
        self.subjectAgeGroup = subjectAgeGroup
        self.sector = sector
    }
}
