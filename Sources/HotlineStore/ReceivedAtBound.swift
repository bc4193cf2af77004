import Foundation
import HotlineCore

/// A time a listing is bounded by (`since`, `until`), as the text the `received_at` column is compared with.
///
/// Stored times are whole milliseconds in one fixed-width form (`2026-01-01T00:00:00.000Z`, years
/// 0000–9999), so comparing the texts compares the instants, provided the bound is written the same
/// way. A bound is first turned into that form: its offset resolved to UTC, and its fraction taken up
/// to the next whole millisecond, since for a stored millisecond `r` and any instant `t`,
/// `r >= t` exactly when `r >= ceil(t)`, and `r < t` exactly when `r < ceil(t)`. A bound that cannot be
/// written that way lies before or after every time that can be stored.
enum ReceivedAtBound: Equatable {
    /// Before every storable time.
    case beforeAll
    /// The first stored text at or after the bound.
    case stored(String)
    /// After every storable time.
    case afterAll

    /// 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z, in milliseconds since 1970.
    static let earliestMilliseconds: Int64 = -62_167_219_200_000
    static let latestMilliseconds: Int64 = 253_402_300_799_999

    init(_ date: Date) {
        let seconds = date.timeIntervalSince1970
        guard seconds.isFinite, abs(seconds) < 1e12 else {
            self = seconds > 0 ? .afterAll : .beforeAll
            return
        }
        // Whole microseconds first: the parsed Double of ".001" may lie a hair above it.
        let microseconds = Int64((seconds * 1_000_000).rounded())
        // Up to the next whole millisecond (division truncates toward zero, which is up for negatives).
        let milliseconds = microseconds / 1000 + (microseconds % 1000 > 0 ? 1 : 0)
        if milliseconds < Self.earliestMilliseconds {
            self = .beforeAll
        } else if milliseconds > Self.latestMilliseconds {
            self = .afterAll
        } else {
            self = .stored(RFC3339.format(Date(timeIntervalSince1970: Double(milliseconds) / 1000)))
        }
    }

    /// The SQL condition for "received at or after this bound", with its argument.
    func atOrAfter(_ column: String) -> (sql: String, argument: String?)? {
        switch self {
        case .beforeAll: nil
        case .stored(let text): ("\(column) >= ?", text)
        case .afterAll: ("0", nil)
        }
    }

    /// The SQL condition for "received before this bound", with its argument.
    func before(_ column: String) -> (sql: String, argument: String?)? {
        switch self {
        case .beforeAll: ("0", nil)
        case .stored(let text): ("\(column) < ?", text)
        case .afterAll: nil
        }
    }
}
