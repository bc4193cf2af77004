import Foundation

/// RFC 3339 timestamps as the wire and the database use them.
public enum RFC3339 {
    /// Parses `2026-11-29T15:00:00Z`, `2026-11-29T16:00:00.250+01:00` and the like.
    public static func parse(_ text: String) -> Date? {
        guard text.count >= 20, text.count <= 40 else { return nil }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) {
            return date
        }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    /// Formats in UTC with milliseconds, e.g. `2026-11-29T15:00:00.250Z`. Strings in this form sort
    /// in time order, which the database's indexes rely on.
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// The date with its sub-millisecond part dropped, as it is once stored.
    public static func truncatedToMilliseconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
