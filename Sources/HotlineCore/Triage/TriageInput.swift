/// What the engine needs from one call record, in the record's own vocabularies.
public struct TriageInput: Sendable {
    /// The operator's free-text account of the call (sensitive: never log it).
    public var narrative: String
    /// The narrative's language, or nil to detect it from the narrative.
    public var language: NarrativeLanguage?
    public var callerRole: CallerRole?
    /// Indicator id -> the operator's answer. Only `yes` is evidence.
    public var checklist: [String: ChecklistAnswer]
    public var subjectAge: Int?
    public var subjectAgeGroup: AgeGroup?
    public var sector: Sector?
    /// Notes that add facts, read after the narrative, oldest first.
    public var factNotes: [FactNote] = []

    public init(narrative: String, language: NarrativeLanguage? = nil, callerRole: CallerRole? = nil,
                checklist: [String: ChecklistAnswer] = [:], subjectAge: Int? = nil, subjectAgeGroup: AgeGroup? = nil,
                sector: Sector? = nil) {
        self.narrative = narrative
        self.language = language
        self.callerRole = callerRole
        self.checklist = checklist
        self.subjectAge = subjectAge
        self.subjectAgeGroup = subjectAgeGroup
        self.sector = sector
    }
}
