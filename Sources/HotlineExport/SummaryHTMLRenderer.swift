import Foundation

/// Writes a summary as one self-contained HTML page for a supervisor, in Danish or English:
/// headline numbers, then one bar chart per breakdown and the calls by month as columns. Bars are
/// HTML, so a long label (an indicator's name from the catalog) wraps and is never cut off. No
/// JavaScript, no fonts or images from the network; prints on A4.
enum SummaryHTMLRenderer {
    static func render(_ summary: ExportSummary, wording: ReportWording = .plain) -> String {
        let words = ReportVocabulary(language: wording.language)
        var body = ""
        body += "<header><h1>\(escape(words.title(summary.period)))</h1>\n"
        body += "<p class=\"period\">\(escape(words.periodText(summary)))</p></header>\n"
        body += "<section class=\"headline\">\n"
        for figure in summary.figures {
            body += tile(label: words.figure(figure.name), value: countText(figure.count))
        }
        if let share = withinDeadlineShare(summary) {
            body += tile(label: words.withinDeadline, value: share)
        }
        if let time = summary.timeToTriage {
            body += tile(label: words.duration("time_to_triage", percentile: 50), value: durationText(time.medianMilliseconds, words))
            body += tile(label: words.duration("time_to_triage", percentile: 90), value: durationText(time.p90Milliseconds, words))
        }
        for duration in summary.durations {
            body += tile(label: words.duration(duration.name, percentile: 50), value: durationText(duration.medianMilliseconds, words))
            body += tile(label: words.duration(duration.name, percentile: 90), value: durationText(duration.p90Milliseconds, words))
        }
        body += "</section>\n"
        if let months = summary.breakdown("calls_by_month"), months.cells.count > 1 {
            body += "<section class=\"months\"><figure class=\"wide\"><figcaption>\(escape(words.breakdown(months.name)))</figcaption>\n"
            body += columns(months)
            body += "</figure></section>\n"
        }
        body += "<section class=\"charts\">\n"
        for breakdown in summary.breakdowns where !breakdown.cells.isEmpty && !(breakdown.name == "calls_by_month" && breakdown.cells.count > 1) {
            body += "<figure><figcaption>\(escape(words.breakdown(breakdown.name)))</figcaption>\n"
            body += bars(breakdown, words: words, wording: wording)
            body += "</figure>\n"
        }
        body += "</section>\n"
        body += "<footer><p>\(escape(words.footnote(summary)))</p>"
        body += "<p>\(escape(words.schemaLine))</p></footer>\n"
        return """
            <!DOCTYPE html>
            <html lang="\(words.htmlLanguage)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(escape(words.title(summary.period)))</title>
            <style>
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1b1f24; background: #ffffff; margin: 24px 32px; }
            h1 { font-size: 26px; margin: 0 0 4px 0; }
            .period { color: #555b63; margin: 0 0 20px 0; }
            .headline { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 24px; }
            .tile { border: 1px solid #c9d1da; border-radius: 6px; padding: 10px 16px; min-width: 150px; max-width: 220px; background: #f4f7fa; }
            .tile .value { font-size: 30px; font-weight: bold; color: #123d6a; }
            .tile .label { font-size: 13px; color: #444a52; overflow-wrap: anywhere; }
            .charts { display: flex; flex-wrap: wrap; gap: 18px 28px; }
            figure { margin: 0 0 8px 0; width: 520px; }
            figure.wide { width: auto; max-width: 1080px; }
            figcaption { font-weight: bold; font-size: 15px; margin-bottom: 6px; }
            .row { display: grid; grid-template-columns: 200px 1fr; gap: 8px; align-items: center; font-size: 12px; margin: 3px 0; }
            .row .label { text-align: right; overflow-wrap: anywhere; }
            .row .track { display: flex; align-items: center; gap: 6px; }
            .bar { display: inline-block; height: 14px; background: #2f6db0; }
            .bar.hidden { width: 14px; background: repeating-linear-gradient(45deg, #9aa5b1 0 3px, #ffffff 3px 6px); }
            .suppressed { color: #555b63; font-style: italic; }
            .columns { display: flex; align-items: flex-end; gap: 6px; height: 190px; border-bottom: 1px solid #9aa5b1; }
            .column { display: flex; flex-direction: column; align-items: center; justify-content: flex-end; width: 56px; height: 100%; font-size: 12px; }
            .column .bar { width: 32px; }
            .column-labels { display: flex; gap: 6px; }
            .column-labels span { width: 56px; text-align: center; font-size: 12px; overflow-wrap: anywhere; }
            footer { margin-top: 28px; font-size: 12px; color: #555b63; max-width: 1080px; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// The share of the period's calls acted on by their deadline, among those acted on; nil when
    /// either count is withheld or nothing was acted on.
    private static func withinDeadlineShare(_ summary: ExportSummary) -> String? {
        guard let cells = summary.breakdown("calls_by_deadline")?.cells,
              let within = cells.first(where: { $0.key == "within_deadline" })?.count.exactValue,
              let after = cells.first(where: { $0.key == "after_deadline" })?.count.exactValue, within + after > 0 else { return nil }
        return "\(Int((Double(within) * 100 / Double(within + after)).rounded())) %"
    }

    private static func tile(label: String, value: String) -> String {
        "<div class=\"tile\"><div class=\"value\">\(escape(value))</div><div class=\"label\">\(escape(label))</div></div>\n"
    }

    private static func countText(_ count: PublishedCount) -> String {
        switch count {
        case .exact(let value): String(value)
        case .suppressed: PublishedCount.marker
        }
    }

    private static func durationText(_ milliseconds: Int64?, _ words: ReportVocabulary) -> String {
        guard let milliseconds else { return words.notAvailable }
        let seconds = Double(milliseconds) / 1000
        let text: String
        if seconds < 60 { text = String(format: "%.1f s", seconds) }
        else if seconds < 3600 { text = String(format: "%.1f min", seconds / 60) }
        else if seconds < 48 * 3600 { text = String(format: "%.1f h", seconds / 3600) }
        else { text = String(format: "%.1f \(words.days)", seconds / 86_400) }
        return words.language == .danish ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// Horizontal bars: one row per cell, length proportional to the largest exact count;
    /// withheld cells get a hatched stub and the marker instead of a number.
    private static func bars(_ breakdown: ExportSummary.Breakdown, words: ReportVocabulary, wording: ReportWording) -> String {
        let largest = max(breakdown.cells.compactMap(\.count.exactValue).max() ?? 0, 1)
        var html = "<div class=\"bars\">\n"
        for cell in breakdown.cells {
            html += "<div class=\"row\"><span class=\"label\">\(escape(label(cell.key, in: breakdown, words: words, wording: wording)))</span>"
            html += "<span class=\"track\">"
            switch cell.count {
            case .exact(let value):
                let percent = value == 0 ? 0 : max(1, value * 85 / largest)
                html += "<span class=\"bar\" style=\"width:\(percent)%\"></span><span>\(value)</span>"
            case .suppressed:
                html += "<span class=\"bar hidden\"></span><span class=\"suppressed\">\(escape(PublishedCount.marker))</span>"
            }
            html += "</span></div>\n"
        }
        return html + "</div>\n"
    }

    /// Columns for the calls by month, oldest on the left, each labelled with its month.
    private static func columns(_ breakdown: ExportSummary.Breakdown) -> String {
        let largest = max(breakdown.cells.compactMap(\.count.exactValue).max() ?? 0, 1)
        var html = "<div class=\"columns\">\n"
        for cell in breakdown.cells {
            html += "<div class=\"column\">"
            switch cell.count {
            case .exact(let value):
                let percent = value == 0 ? 0 : max(1, value * 85 / largest)
                html += "<span>\(value)</span><span class=\"bar\" style=\"height:\(percent)%\"></span>"
            case .suppressed:
                html += "<span class=\"suppressed\">\(escape(PublishedCount.marker))</span><span class=\"bar hidden\" style=\"height:6%\"></span>"
            }
            html += "</div>\n"
        }
        html += "</div>\n<div class=\"column-labels\">"
        html += breakdown.cells.map { "<span>\(escape($0.key))</span>" }.joined()
        return html + "</div>\n"
    }

    /// A readable label: the catalog's name of an indicator or dimension in the report's language,
    /// the vocabulary's label of a closed list's key; catalog versions as they are.
    private static func label(_ key: String, in breakdown: ExportSummary.Breakdown, words: ReportVocabulary, wording: ReportWording) -> String {
        switch breakdown.name {
        case "calls_with_indicator", "calls_with_indicator_dimension":
            return wording.catalogLabels[key] ?? (key == "other" ? words.key(key) : key)
        case "triaged_by_catalog_version", "calls_by_month":
            return key
        default:
            return words.key(key)
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
