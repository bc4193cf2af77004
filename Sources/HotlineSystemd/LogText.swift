import Logging

/// Text preparation shared by the journald and stderr handlers.
enum LogText {
    /// Replaces control characters (CWE-117, log injection) with visible escapes.
    ///
    /// - Parameter keepNewlines: journald stores multi-line values intact, so the journal keeps
    ///   `\n`; the one-line stderr format escapes it.
    static func sanitized(_ text: String, keepNewlines: Bool) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" && keepNewlines || scalar == "\t" {
                out.append(scalar)
            } else if scalar == "\n" {
                out.append(contentsOf: "\\n".unicodeScalars)
            } else if isControl(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Renders a metadata value as one flat string: arrays are joined with commas,
    /// dictionaries become `key=value` pairs joined with commas.
    static func render(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let string): string
        case .stringConvertible(let convertible): convertible.description
        case .array(let values): values.map(render).joined(separator: ",")
        case .dictionary(let values):
            values.sorted { $0.key < $1.key }.map { "\($0.key)=\(render($0.value))" }.joined(separator: ",")
        }
    }

    /// Merges handler, provider and per-event metadata; later sources win, as in swift-log's own handlers.
    static func merged(
        handler: Logger.Metadata,
        provider: Logger.MetadataProvider?,
        event: Logger.Metadata?
    ) -> Logger.Metadata {
        var all = handler
        if let provided = provider?.get(), !provided.isEmpty { all.merge(provided) { _, new in new } }
        if let event, !event.isEmpty { all.merge(event) { _, new in new } }
        return all
    }
}
