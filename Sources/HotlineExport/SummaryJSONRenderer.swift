/// Writes a summary as JSON with a fixed key order and layout (two-space indent, `\n` line ends),
/// by hand rather than through `JSONEncoder`, so the bytes never depend on the platform.
enum SummaryJSONRenderer {
    /// Value of the `schema` key: what the file is.
    static let schemaName = "hotline-summary"

    static func render(_ summary: ExportSummary) -> String {
        var out = "{\n"
        out += "  \"schema\": \(quoted(schemaName)),\n"
        out += "  \"schema_version\": \(ExportSummary.schemaVersion),\n"
        out += "  \"kind\": \(quoted(summary.period.kind.rawValue)),\n"
        out += "  \"period\": {\n"
        out += "    \"first_day\": \(quoted(summary.period.firstDay.description)),\n"
        out += "    \"last_day\": \(quoted(summary.period.lastDay.description)),\n"
        out += "    \"time_zone\": \(quoted(summary.timeZone)),\n"
        out += "    \"start\": \(quoted(summary.periodStart)),\n"
        out += "    \"end\": \(quoted(summary.periodEnd))\n"
        out += "  },\n"
        out += "  \"suppression\": {\n"
        out += "    \"threshold\": \(summary.smallCellThreshold),\n"
        out += "    \"marker\": \(quoted(PublishedCount.marker))\n"
        out += "  },\n"
        out += "  \"figures\": {\n"
        out += summary.figures.map { "    \(quoted($0.name)): \(value($0.count))" }.joined(separator: ",\n")
        out += "\n  },\n"
        out += "  \"breakdowns\": {\n"
        out += summary.breakdowns.map { breakdown in
            var text = "    \(quoted(breakdown.name)): {\n"
            text += "      \"population\": \(quoted(breakdown.population)),\n"
            text += "      \"partition\": \(breakdown.isPartition),\n"
            if breakdown.cells.isEmpty {
                text += "      \"cells\": {}\n"
            } else {
                text += "      \"cells\": {\n"
                text += breakdown.cells.map { "        \(quoted($0.key)): \(value($0.count))" }.joined(separator: ",\n")
                text += "\n      }\n"
            }
            return text + "    }"
        }.joined(separator: ",\n")
        out += "\n  }"
        if let time = summary.timeToTriage {
            out += ",\n  \"time_to_triage_seconds\": {\n"
            out += "    \"median\": \(seconds(time.medianMilliseconds)),\n"
            out += "    \"p90\": \(seconds(time.p90Milliseconds))\n"
            out += "  }"
        }
        for duration in summary.durations {
            out += ",\n  \(quoted(duration.name + "_seconds")): {\n"
            out += "    \"median\": \(seconds(duration.medianMilliseconds)),\n"
            out += "    \"p90\": \(seconds(duration.p90Milliseconds))\n"
            out += "  }"
        }
        out += "\n}\n"
        return out
    }

    private static func value(_ count: PublishedCount) -> String {
        switch count {
        case .exact(let value): String(value)
        case .suppressed: quoted(PublishedCount.marker)
        }
    }

    private static func seconds(_ milliseconds: Int64?) -> String {
        milliseconds.map(SecondsText.format) ?? "null"
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Milliseconds as seconds with three decimals (`1.250`, `-0.004`), exact and locale-free.
enum SecondsText {
    static func format(_ milliseconds: Int64) -> String {
        let sign = milliseconds < 0 ? "-" : ""
        let magnitude = milliseconds.magnitude
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
