import HotlineCore

/// The words of the HTML report: its language, and the catalog's names for indicators and
/// dimensions in that language (ids stay the keys of the JSON and CSV files).
public struct ReportWording: Sendable, Equatable {
    public var language: NarrativeLanguage
    /// Indicator id or dimension id -> its label in ``language``.
    public var catalogLabels: [String: String]

    public init(language: NarrativeLanguage, catalogLabels: [String: String] = [:]) {
        self.language = language
        self.catalogLabels = catalogLabels
    }

    /// The labels of `catalog`'s dimensions and indicators in `language`.
    public init(language: NarrativeLanguage, catalog: IndicatorCatalog) {
        var labels: [String: String] = [:]
        for dimension in catalog.dimensions { labels[dimension.id] = language == .danish ? dimension.label.danish : dimension.label.english }
        for indicator in catalog.indicators { labels[indicator.id] = language == .danish ? indicator.label.danish : indicator.label.english }
        self.init(language: language, catalogLabels: labels)
    }

    /// English with no catalog labels: ids are shown as they are.
    public static let plain = ReportWording(language: .english)
}
