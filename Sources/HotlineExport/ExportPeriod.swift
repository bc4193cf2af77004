import Foundation
import HotlineCore

/// The calendar days one summary covers: a day, a range of days, or a calendar year.
public struct ExportPeriod: Hashable, Sendable {
    /// What the period is, which names its files and selects its figures.
    public enum Kind: String, Sendable {
        /// One day: the nightly summary.
        case day
        /// Consecutive days chosen with `--from`/`--to`.
        case range
        /// A calendar year: the annual statistics.
        case year
    }

    public let kind: Kind
    public let firstDay: ExportDay
    /// The last day, included.
    public let lastDay: ExportDay

    /// One day.
    public static func day(_ day: ExportDay) -> ExportPeriod {
        ExportPeriod(kind: .day, firstDay: day, lastDay: day)
    }

    /// The days from `first` to `last`, both included; `nil` when `last` is before `first`.
    /// A range of one day is a ``Kind/day`` period.
    public static func range(from first: ExportDay, to last: ExportDay) -> ExportPeriod? {
        guard first <= last else { return nil }
        return ExportPeriod(kind: first == last ? .day : .range, firstDay: first, lastDay: last)
    }

    /// The calendar year `year`; `nil` outside 1970–9999.
    public static func year(_ year: Int) -> ExportPeriod? {
        guard let first = ExportDay(year: year, month: 1, day: 1), let last = ExportDay(year: year, month: 12, day: 31)
        else { return nil }
        return ExportPeriod(kind: .year, firstDay: first, lastDay: last)
    }

    /// The stem of the file names: `summary-2026-11-28`, `summary-2026-11-01_2026-11-28`, `annual-2026`.
    public var fileStem: String {
        switch kind {
        case .day: "summary-\(firstDay)"
        case .range: "summary-\(firstDay)_\(lastDay)"
        case .year: "annual-\(String(format: "%04d", firstDay.year))"
        }
    }

    /// The half-open UTC interval `[start, end)` of the period in `timeZone`, as the database stores
    /// timestamps (RFC 3339 UTC with milliseconds), so it compares as text against `received_at`.
    public func storedBounds(in timeZone: TimeZone) -> (start: String, end: String) {
        (RFC3339.format(firstDay.start(in: timeZone)), RFC3339.format(lastDay.next.start(in: timeZone)))
    }
}
