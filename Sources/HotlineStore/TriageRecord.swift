import Foundation

/// One triage result as the store keeps it: the figures statistics need, as columns, and the
/// whole result as JSON.
public struct TriageRecord: Sendable, Equatable {
    public var assessedAt: Date
    public var catalogVersion: String
    public var score: Int
    public var band: String
    public var presumedTrafficking: Bool
    public var language: String
    public var exploitation: [String]
    public var flags: [String]
    /// The matched indicators: id and dimension.
    public var indicators: [Indicator]
    /// The full result, as the API returns it.
    public var resultJSON: String
    /// Forced labour indicated (kept in `resultJSON`; set when the record comes from an assessment).
    public var forcedLabour: Bool = false
    /// The elements of § 262 a evidenced: any of "act", "means", "purpose" (kept in `resultJSON`).
    public var evidencedElements: [String] = []

    /// A matched indicator.
    public struct Indicator: Sendable, Equatable, Hashable {
        public var id: String
        public var dimension: String

        public init(id: String, dimension: String) {
            self.id = id
            self.dimension = dimension
        }
    }

    public init(
        assessedAt: Date, catalogVersion: String, score: Int, band: String, presumedTrafficking: Bool,
        language: String, exploitation: [String], flags: [String], indicators: [Indicator], resultJSON: String
    ) {
        self.assessedAt = assessedAt
        self.catalogVersion = catalogVersion
        self.score = score
        self.band = band
        self.presumedTrafficking = presumedTrafficking
        self.language = language
        self.exploitation = exploitation
        self.flags = flags
        self.indicators = indicators
        self.resultJSON = resultJSON
    }
}
