import Foundation

/// What `hotline export` was asked to do, from its date options, checked against the calendar.
public enum ExportRequest: Equatable, Sendable {
    /// No dates given: the nightly run, every day since the last exported one up to yesterday.
    case pendingDays
    /// One summary over an explicit period (`--from`/`--to` or `--year`); the mark is not touched.
    case period(ExportPeriod)

    /// Interprets the command's options.
    ///
    /// - `--from D` alone runs to yesterday; `--to` needs `--from`; `--year` excludes both.
    /// - Every day must be over in the export time zone: `today` or later is refused.
    ///
    /// - Parameters:
    ///   - timeZone: the export time zone, whose calendar says which days are over.
    ///   - now: the current instant.
    /// - Throws: ``ExportError`` (a usage error) for malformed, impossible, empty or future periods.
    public static func parse(
        from: String?, to: String?, year: String?, timeZone: TimeZone, now: Date = Date()
    ) throws(ExportError) -> ExportRequest {
        let today = ExportDay(containing: now, in: timeZone)
        let zone = timeZone.identifier
        if let year {
            guard from == nil, to == nil else { throw .conflictingOptions("--year cannot be combined with --from or --to") }
            guard year.utf8.count == 4, year.utf8.allSatisfy({ (48...57).contains($0) }), let number = Int(year),
                let period = ExportPeriod.year(number)
            else { throw .malformedYear(year) }
            return .period(try checked(period, today: today, zone: zone))
        }
        guard let from else {
            if to != nil { throw .conflictingOptions("--to needs --from") }
            return .pendingDays
        }
        guard let first = ExportDay(from) else { throw .malformedDay(from) }
        let last: ExportDay
        if let to {
            guard let day = ExportDay(to) else { throw .malformedDay(to) }
            last = day
        } else {
            last = today.previous
        }
        guard let period = ExportPeriod.range(from: first, to: last) else {
            if first >= today { throw .notOver(first.description, timeZone: zone) }
            throw .emptyRange(from: first.description, to: last.description)
        }
        return .period(try checked(period, today: today, zone: zone))
    }

    private static func checked(_ period: ExportPeriod, today: ExportDay, zone: String) throws(ExportError) -> ExportPeriod {
        guard period.lastDay < today else { throw .notOver(period.lastDay.description, timeZone: zone) }
        return period
    }
}
