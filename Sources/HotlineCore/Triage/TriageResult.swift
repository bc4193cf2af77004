/// The engine's assessment of one call. Encoded with JSONEncoder it is the `triage` object of the API.
public struct TriageResult: Codable, Sendable, Equatable {
    public typealias Band = TriageBand

    /// A span of the narrative; offsets are Unicode scalar offsets (Python's `narrative[start:end] == text`).
    public struct Evidence: Codable, Sendable, Equatable {
        public var start: Int
        public var end: Int
        public var text: String
    }

    /// An indicator found, with its strongest piece of evidence.
    public struct MatchedIndicator: Codable, Sendable, Equatable {
        public var id: String
        public var dimension: String
        /// The grade counted: the profile's grade, lowered when only suspected.
        public var strength: Grade
        public var source: EvidenceSource
        public var attribution: Attribution
        /// The narrative span, or the span of the note ``noteID``; nil for checklist answers.
        public var evidence: Evidence?
        /// The note the evidence is in, when ``source`` is `note`.
        public var noteID: Int64? = nil
    }

    /// One dimension's status and the indicators counted for it.
    public struct DimensionResult: Codable, Sendable, Equatable {
        public var status: DimensionStatus
        public var indicators: [String]
    }

    /// Something the operator should do now, in the record's language.
    public struct Action: Codable, Sendable, Equatable {
        public var id: String
        public var text: String
    }

    /// Whether the evidence establishes one element of § 262 a, and what establishes it.
    public struct ElementResult: Codable, Sendable, Equatable {
        public enum Status: String, Codable, Sendable { case evidenced, unknown }
        public var status: Status
        /// The indicators that count toward the element (even when short of evidencing it).
        public var indicators: [String]
        /// Signals that evidence the act by themselves ("movement").
        public var signals: [String]
    }

    /// A checklist question to ask because its dimension is still unknown.
    public struct Question: Codable, Sendable, Equatable {
        public var dimension: String
        public var indicator: String
        public var text: String
    }

    /// 0–100; adding evidence never lowers it.
    public var score: Int
    public var band: Band
    public var presumedTrafficking: Bool
    /// Forced labour or services indicated (ILO 2012: involuntariness with a menace of penalty).
    public var forcedLabour: Bool
    /// act, means and purpose: each evidenced or unknown.
    public var elements: [String: ElementResult]
    /// "adult_labour", "adult_sexual", "child_labour" or "child_sexual".
    public var profile: String
    /// "da" or "en": the record's language, else the detected one.
    public var language: String
    /// Any of "criminality", "labour", "sexual"; empty when unknown.
    public var exploitation: [String]
    /// Any of "immediate_danger", "in_custody", "minor", "unaccompanied_minor".
    public var flags: [String]
    public var dimensions: [String: DimensionResult]
    public var indicators: [MatchedIndicator]
    public var actions: [Action]
    public var nextQuestions: [Question]
    public var catalogVersion: String

    enum CodingKeys: String, CodingKey {
        case score, band, profile, language, exploitation, flags, elements, dimensions, indicators, actions
        case presumedTrafficking = "presumed_trafficking"
        case forcedLabour = "forced_labour"
        case nextQuestions = "next_questions"
        case catalogVersion = "catalog_version"
    }
}
