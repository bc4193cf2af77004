import Foundation
import GRDB
import HotlineCore

/// Calls received in each calendar month of a period (in the export time zone): one index range
/// count per month, so a year costs twelve counts, not a date conversion per call.
enum MonthScan {
    /// The months the period touches, as `YYYY-MM`, with each one's part of the period.
    static func months(of period: ExportPeriod) -> [(key: String, first: ExportDay, last: ExportDay)] {
        var months: [(key: String, first: ExportDay, last: ExportDay)] = []
        var first = period.firstDay
        while first <= period.lastDay {
            var last = first
            while last.next.month == first.month && last < period.lastDay { last = last.next }
            months.append((String(format: "%04d-%02d", first.year, first.month), first, last))
            first = last.next
        }
        return months
    }

    static func counts(_ db: Database, period: ExportPeriod, timeZone: TimeZone) throws -> [(key: String, count: Int)] {
        try months(of: period).map { month in
            let start = RFC3339.format(month.first.start(in: timeZone)), end = RFC3339.format(month.last.next.start(in: timeZone))
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM calls WHERE received_at >= ? AND received_at < ?",
                                         arguments: [start, end]) ?? 0
            return (month.key, count)
        }
    }
}
