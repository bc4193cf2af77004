/// A file format of the summaries.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, csv, html

    /// The file name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// Renders `summary` in this format; the same summary always gives the same bytes.
    /// `wording` sets the HTML report's language and labels; JSON and CSV use keys only.
    public func render(_ summary: ExportSummary, wording: ReportWording = .plain) -> String {
        switch self {
        case .json: SummaryJSONRenderer.render(summary)
        case .csv: SummaryCSVRenderer.render(summary)
        case .html: SummaryHTMLRenderer.render(summary, wording: wording)
        }
    }
}
