import Foundation

/// Renders a call record (as the daemon returns it) for a person at a terminal.
enum RecordPresenter {
    static func render(_ record: [String: Any]) -> String {
        var lines: [String] = []
        func add(_ label: String, _ value: Any?) {
            guard let value, !(value is NSNull) else { return }
            lines.append(label.padding(toLength: 14, withPad: " ", startingAt: 0) + "\(value)")
        }
        add("Call", record["id"])
        add("External id", record["external_id"])
        add("Received", record["received_at"])
        add("Status", record["status"])
        add("Channel", record["channel"])
        add("Caller", record["caller_role"])
        add("Language", record["language"])
        add("Sector", record["sector"])
        add("Operator", record["operator"])
        if let subject = record["subject"] as? [String: Any] {
            add("Subject", subject.keys.sorted().compactMap { key in
                guard key != "location" else { return nil }
                return "\(key)=\(subject[key]!)"
            }.joined(separator: " "))
            if let location = subject["location"] as? [String: Any] {
                add("Location", location.keys.sorted().map { "\(location[$0]!)" }.joined(separator: ", "))
            }
        }
        if let contact = record["contact"] as? [String: Any] {
            add("Contact", contact.keys.sorted().map { "\($0)=\(contact[$0]!)" }.joined(separator: " "))
        }
        if let peer = record["posted_by"] as? [String: Any] {
            add("Posted by", "\(peer["user"] ?? "uid \(peer["uid"] ?? "?")") (pid \(peer["pid"] ?? "?"))")
        }
        if let hold = record["legal_hold"] as? [String: Any] {
            add("Legal hold", "since \(hold["at"] ?? "?"): \(hold["reason"] ?? "")")
        }
        add("Contact gone", record["contact_shredded_at"].map { "shredded \($0)" })
        let triage = record["triage"] as? [String: Any]
        let narrative = record["narrative"] as? String ?? ""
        lines.append("")
        lines.append("Narrative:")
        if let shredded = record["shredded_at"] {
            // Retention or an erasure removed the text; the evidence offsets point at nothing now.
            lines.append("(shredded \(shredded): the free text is gone)")
        } else {
            lines.append(mark(narrative, evidence: evidenceRanges(triage)))
        }
        if let triage {
            lines.append("")
            lines.append(renderTriage(triage))
        }
        return lines.joined(separator: "\n")
    }

    /// The evidence ranges, in Unicode scalar offsets.
    static func evidenceRanges(_ triage: [String: Any]?) -> [Range<Int>] {
        let indicators = triage?["indicators"] as? [[String: Any]] ?? []
        return indicators.compactMap { indicator in
            guard let evidence = indicator["evidence"] as? [String: Any],
                let start = evidence["start"] as? Int, let end = evidence["end"] as? Int, start < end
            else { return nil }
            return start..<end
        }
    }

    /// Wraps each evidence range of `text` in [[ ]].
    static func mark(_ text: String, evidence: [Range<Int>]) -> String {
        let scalars = Array(text.unicodeScalars)
        var opens = Set<Int>()
        var closes = Set<Int>()
        for range in merged(evidence) where range.upperBound <= scalars.count {
            opens.insert(range.lowerBound)
            closes.insert(range.upperBound)
        }
        var out = String.UnicodeScalarView()
        for index in 0...scalars.count {
            if closes.contains(index) { out.append(contentsOf: "]]".unicodeScalars) }
            if opens.contains(index) { out.append(contentsOf: "[[".unicodeScalars) }
            if index < scalars.count { out.append(scalars[index]) }
        }
        return String(out)
    }

    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    static func renderTriage(_ triage: [String: Any]) -> String {
        var lines = ["Triage:"]
        func list(_ key: String) -> String {
            let values = triage[key] as? [String] ?? []
            return values.isEmpty ? "-" : values.joined(separator: ", ")
        }
        let presumed = (triage["presumed_trafficking"] as? Bool).map { $0 ? "yes" : "no" } ?? "?"
        lines.append("  band \(triage["band"] ?? "?"), score \(triage["score"] ?? "?"), presumed trafficking: \(presumed)")
        lines.append("  profile \(triage["profile"] ?? "-"), language \(triage["language"] ?? "-"), catalog \(triage["catalog_version"] ?? "-")")
        lines.append("  exploitation: \(list("exploitation"))")
        lines.append("  flags: \(list("flags"))")
        if let dimensions = triage["dimensions"] as? [String: Any] {
            for name in dimensions.keys.sorted() {
                let dimension = dimensions[name] as? [String: Any] ?? [:]
                lines.append("  \(name): \(dimension["status"] ?? "?")")
            }
        }
        for indicator in triage["indicators"] as? [[String: Any]] ?? [] {
            let evidence = (indicator["evidence"] as? [String: Any])?["text"].map { " \"\($0)\"" } ?? ""
            lines.append("  - \(indicator["id"] ?? "?") (\(indicator["strength"] ?? "?"), \(indicator["source"] ?? "?"))\(evidence)")
        }
        let actions = (triage["actions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        if !actions.isEmpty {
            lines.append("Actions:")
            lines += actions.map { "  * \($0)" }
        }
        let questions = (triage["next_questions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        if !questions.isEmpty {
            lines.append("Questions to ask:")
            lines += questions.map { "  ? \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
