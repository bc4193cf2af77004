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
    /// The full result, as the API returns it, evidence snippets included.
    public let resultJSON: String
    /// The result as it is stored: ``resultJSON`` with the evidence snippets taken out, offsets only
    /// (``EvidenceSnippets``), so that no copy of the call's text is kept with its triage. Made with
    /// the record, on the request's own task, so that the store's single writer only binds it.
    public let storedResultJSON: String
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
        storedResultJSON = (try? JSONValue.parse(Array(resultJSON.utf8)))
            .map { String(decoding: EvidenceSnippets.removed(from: $0).serialized(), as: UTF8.self) } ?? resultJSON
    }
}

extension TriageRecord {
    /// The stored form of an assessment: its tree written once with its snippets, once without.
    public init(_ result: TriageResult, assessedAt: Date) {
        let tree = result.json
        self.assessedAt = assessedAt
        catalogVersion = result.catalogVersion
        score = result.score
        band = result.band.rawValue
        presumedTrafficking = result.presumedTrafficking
        language = result.language
        exploitation = result.exploitation
        flags = result.flags
        indicators = result.indicators.map { Indicator(id: $0.id, dimension: $0.dimension) }
        resultJSON = String(decoding: tree.serialized(), as: UTF8.self)
        storedResultJSON = String(decoding: EvidenceSnippets.removed(from: tree).serialized(), as: UTF8.self)
        forcedLabour = result.forcedLabour
        evidencedElements = result.elements.filter { $0.value.status == .evidenced }.keys.sorted {
            (TriageElement(rawValue: $0) ?? .purpose) < (TriageElement(rawValue: $1) ?? .purpose)
        }
    }
}
