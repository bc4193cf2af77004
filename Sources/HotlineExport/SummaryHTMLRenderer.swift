import Foundation

/// Writes a summary as one self-contained HTML page for a supervisor: headline numbers, then one
/// horizontal bar chart (inline SVG) per breakdown. No JavaScript, no fonts or images from the
/// network; prints on A4.
enum SummaryHTMLRenderer {
    static func render(_ summary: ExportSummary) -> String {
        var body = ""
        body += "<header><h1>\(escape(title(summary)))</h1>\n"
        body += "<p class=\"period\">\(escape(periodText(summary)))</p></header>\n"
        body += "<section class=\"headline\">\n"
        for figure in summary.figures {
            body += tile(label: figureTitles[figure.name] ?? figure.name, value: countText(figure.count))
        }
        if let time = summary.timeToTriage {
            body += tile(label: "Median time to triage", value: durationText(time.medianMilliseconds))
            body += tile(label: "90% triaged within", value: durationText(time.p90Milliseconds))
        }
        body += "</section>\n<section class=\"charts\">\n"
        for breakdown in summary.breakdowns where !breakdown.cells.isEmpty {
            body += "<figure><figcaption>\(escape(breakdownTitles[breakdown.name] ?? breakdown.name))</figcaption>\n"
            body += chart(breakdown)
            body += "</figure>\n"
        }
        body += "</section>\n"
        body += "<footer><p>\(escape(footnote(summary)))</p>"
        body += "<p>Schema version \(ExportSummary.schemaVersion). No personal data: counts only.</p></footer>\n"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(escape(title(summary)))</title>
            <style>
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1b1f24; background: #ffffff; margin: 24px 32px; }
            h1 { font-size: 26px; margin: 0 0 4px 0; }
            .period { color: #555b63; margin: 0 0 20px 0; }
            .headline { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 24px; }
            .tile { border: 1px solid #c9d1da; border-radius: 6px; padding: 10px 16px; min-width: 150px; background: #f4f7fa; }
            .tile .value { font-size: 30px; font-weight: bold; color: #123d6a; }
            .tile .label { font-size: 13px; color: #444a52; }
            .charts { display: flex; flex-wrap: wrap; gap: 18px 28px; }
            figure { margin: 0; width: 520px; }
            figcaption { font-weight: bold; font-size: 15px; margin-bottom: 4px; }
            svg text { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 12px; fill: #1b1f24; }
            footer { margin-top: 28px; font-size: 12px; color: #555b63; max-width: 1080px; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private static let figureTitles = [
        "calls_received": "Calls received",
        "presumed_trafficking": "Presumed trafficking",
        "open_high_band_calls": "High-band calls still open",
    ]

    private static let breakdownTitles = [
        "calls_by_channel": "Calls by channel",
        "calls_by_language": "Calls by language",
        "calls_by_caller_role": "Calls by caller",
        "calls_by_band": "Calls by triage band",
        "calls_of_concern_by_exploitation": "Presumed or high-band calls by form of exploitation",
        "presumed_by_exploitation": "Presumed victims by form of exploitation",
        "calls_with_flag": "Calls with flag",
        "subjects_by_gender": "Subjects by gender",
        "subjects_by_age_group": "Subjects by age group",
        "presumed_by_gender": "Presumed victims by gender",
        "presumed_by_age_group": "Presumed victims by age group",
        "calls_by_sector": "Calls by sector",
        "calls_by_region": "Calls by region",
        "calls_with_indicator": "Calls by indicator matched",
        "calls_with_indicator_dimension": "Calls by indicator dimension",
        "triaged_by_catalog_version": "Triaged calls by catalog version",
    ]

    private static func title(_ summary: ExportSummary) -> String {
        switch summary.period.kind {
        case .day: "Hotline summary \(summary.period.firstDay)"
        case .range: "Hotline summary \(summary.period.firstDay) to \(summary.period.lastDay)"
        case .year: "Hotline annual statistics \(String(format: "%04d", summary.period.firstDay.year))"
        }
    }

    private static func periodText(_ summary: ExportSummary) -> String {
        "Calls received from \(summary.period.firstDay) to \(summary.period.lastDay) inclusive, "
            + "calendar days in \(summary.timeZone)."
    }

    private static func footnote(_ summary: ExportSummary) -> String {
        guard summary.smallCellThreshold > 1 else { return "Small-cell suppression is off: every count is exact." }
        var text = "\u{201C}\(PublishedCount.marker)\u{201D}: a count from 1 to \(summary.smallCellThreshold - 1), "
            + "or a count withheld so that such a count cannot be worked out from the totals."
        if summary.figure("open_high_band_calls") != nil {
            text += " High-band calls still open: calls received before the end of the period and not closed when the file was written."
        }
        return text
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

    private static func durationText(_ milliseconds: Int64?) -> String {
        guard let milliseconds else { return "n/a" }
        let seconds = Double(milliseconds) / 1000
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        if seconds < 3600 { return String(format: "%.1f min", seconds / 60) }
        return String(format: "%.1f h", seconds / 3600)
    }

    /// A horizontal bar chart: one row per cell, bar length proportional to the largest exact
    /// count; suppressed cells get a hatched stub and the marker instead of a number.
    private static func chart(_ breakdown: ExportSummary.Breakdown) -> String {
        let rowHeight = 22, labelWidth = 170, barWidth = 270, width = 520
        let height = breakdown.cells.count * rowHeight + 4
        let largest = max(breakdown.cells.compactMap(\.count.exactValue).max() ?? 0, 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        svg += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(escape(breakdownTitles[breakdown.name] ?? breakdown.name))\">\n"
        svg += "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        svg += "<rect width=\"3\" height=\"6\" fill=\"#9aa5b1\"/></pattern></defs>\n"
        for (row, cell) in breakdown.cells.enumerated() {
            let y = row * rowHeight + 2
            let textY = y + 15
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(textY)\" text-anchor=\"end\">\(escape(label(cell.key, in: breakdown)))</text>"
            switch cell.count {
            case .exact(let value):
                let length = value == 0 ? 0 : max(2, value * barWidth / largest)
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\" fill=\"#2f6db0\"/>"
                svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(textY)\">\(value)</text>\n"
            case .suppressed:
                svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"14\" height=\"\(rowHeight - 6)\" fill=\"url(#hatch)\"/>"
                svg += "<text x=\"\(labelWidth + 20)\" y=\"\(textY)\" style=\"fill:#555b63;font-style:italic\">\(escape(PublishedCount.marker))</text>\n"
            }
        }
        return svg + "</svg>\n"
    }

    /// A readable label: vocabulary keys with spaces and a capital ("Third party", "Sjælland");
    /// catalog names (indicator ids, dimensions, versions) as they are.
    private static func label(_ key: String, in breakdown: ExportSummary.Breakdown) -> String {
        if catalogBreakdowns.contains(breakdown.name) { return key }
        if let name = displayNames[key] { return name }
        let spaced = key.replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }

    private static let catalogBreakdowns: Set = ["calls_with_indicator", "calls_with_indicator_dimension", "triaged_by_catalog_version"]

    private static let displayNames = [
        "hovedstaden": "Hovedstaden", "sjaelland": "Sj\u{E6}lland", "syddanmark": "Syddanmark",
        "midtjylland": "Midtjylland", "nordjylland": "Nordjylland",
        "da": "Danish", "en": "English", "sms": "SMS", "self": "The person themself",
    ]

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
