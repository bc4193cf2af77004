import Foundation

/// Writes a summary as RFC 4180 CSV: a header row, then one row per figure and per breakdown
/// cell, CRLF line ends. Every row carries the schema version and the period, so files of many
/// days can be concatenated (minus their headers) into one table.
enum SummaryCSVRenderer {
    static let header = ["schema_version", "first_day", "last_day", "figure", "key", "value"]

    static func render(_ summary: ExportSummary) -> String {
        var rows = [header]
        let prefix = [String(ExportSummary.schemaVersion), summary.period.firstDay.description, summary.period.lastDay.description]
        for figure in summary.figures {
            rows.append(prefix + [figure.name, "", text(figure.count)])
        }
        for breakdown in summary.breakdowns {
            for cell in breakdown.cells {
                rows.append(prefix + [breakdown.name, cell.key, text(cell.count)])
            }
        }
        if let time = summary.timeToTriage {
            rows.append(prefix + ["time_to_triage_seconds", "median", time.medianMilliseconds.map(SecondsText.format) ?? ""])
            rows.append(prefix + ["time_to_triage_seconds", "p90", time.p90Milliseconds.map(SecondsText.format) ?? ""])
        }
        for duration in summary.durations {
            rows.append(prefix + [duration.name + "_seconds", "median", duration.medianMilliseconds.map(SecondsText.format) ?? ""])
            rows.append(prefix + [duration.name + "_seconds", "p90", duration.p90Milliseconds.map(SecondsText.format) ?? ""])
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func text(_ count: PublishedCount) -> String {
        switch count {
        case .exact(let value): String(value)
        case .suppressed: PublishedCount.marker
        }
    }

    /// A field, quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
