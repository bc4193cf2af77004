import Foundation
import Testing
@testable import HotlineExport

@Suite struct ExportDayTests {
    @Test func parsesOnlyRealDaysInTheStrictForm() {
        #expect(ExportDay("2026-11-28")?.description == "2026-11-28")
        #expect(ExportDay("2028-02-29") != nil)
        for text in ["2026-02-29", "2026-13-01", "2026-11-31", "2026-1-01", "2026/11/28", "2026-11-28 ", " 2026-11-28",
                     "20261128", "2026-11-2x", "1969-12-31", "", "２０２６-11-28", "+026-11-28"] {
            #expect(ExportDay(text) == nil, "\(text) should be refused")
        }
    }

    @Test func stepsAcrossMonthsYearsAndLeapDays() {
        #expect(ExportDay("2026-12-31")!.next.description == "2027-01-01")
        #expect(ExportDay("2028-03-01")!.previous.description == "2028-02-29")
        #expect(ExportDay("2026-01-31")!.adding(days: 30).description == "2026-03-02")
    }

    @Test func boundsAreCalendarDaysInTheExportTimeZone() {
        let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!
        let winter = ExportPeriod.day(ExportDay("2026-11-28")!).storedBounds(in: copenhagen)
        #expect(winter.start == "2026-11-27T23:00:00.000Z")
        #expect(winter.end == "2026-11-28T23:00:00.000Z")
        // The spring-forward day has 23 hours, the fall-back day 25.
        let spring = ExportPeriod.day(ExportDay("2026-03-29")!).storedBounds(in: copenhagen)
        #expect(spring.start == "2026-03-28T23:00:00.000Z" && spring.end == "2026-03-29T22:00:00.000Z")
        let autumn = ExportPeriod.day(ExportDay("2026-10-25")!).storedBounds(in: copenhagen)
        #expect(autumn.start == "2026-10-24T22:00:00.000Z" && autumn.end == "2026-10-25T23:00:00.000Z")
        let year = ExportPeriod.year(2026)!.storedBounds(in: copenhagen)
        #expect(year.start == "2025-12-31T23:00:00.000Z" && year.end == "2026-12-31T23:00:00.000Z")
    }

    @Test func fileNamesSayWhatThePeriodIs() {
        let day = ExportDay("2026-11-28")!
        #expect(ExportPeriod.day(day).fileStem == "summary-2026-11-28")
        #expect(ExportPeriod.range(from: ExportDay("2026-11-01")!, to: day)!.fileStem == "summary-2026-11-01_2026-11-28")
        #expect(ExportPeriod.range(from: day, to: day)!.kind == .day)
        #expect(ExportPeriod.range(from: day, to: day.previous) == nil)
        #expect(ExportPeriod.year(2026)!.fileStem == "annual-2026")
    }

    @Test func theDayContainingAnInstantDependsOnTheTimeZone() {
        let instant = Date(timeIntervalSince1970: 1_796_166_000)  // 2026-12-01T23:00:00Z
        #expect(ExportDay(containing: instant, in: TimeZone(identifier: "UTC")!).description == "2026-12-01")
        #expect(ExportDay(containing: instant, in: TimeZone(identifier: "Europe/Copenhagen")!).description == "2026-12-02")
    }
}

@Suite struct ExportRequestTests {
    let zone = TimeZone(identifier: "Europe/Copenhagen")!
    /// 00:30 on 2026-11-29 in Copenhagen (still the 28th in UTC).
    let now = Date(timeIntervalSince1970: 1_795_908_600)

    func parse(from: String? = nil, to: String? = nil, year: String? = nil) throws(ExportError) -> ExportRequest {
        try ExportRequest.parse(from: from, to: to, year: year, timeZone: zone, now: now)
    }

    @Test func noDatesIsTheNightlyRun() throws {
        #expect(try parse() == .pendingDays)
    }

    @Test func datesMakeOnePeriod() throws {
        #expect(try parse(from: "2026-11-01", to: "2026-11-28") == .period(.range(from: ExportDay("2026-11-01")!, to: ExportDay("2026-11-28")!)!))
        #expect(try parse(from: "2026-11-20") == .period(.range(from: ExportDay("2026-11-20")!, to: ExportDay("2026-11-28")!)!))
        #expect(try parse(from: "2026-11-28", to: "2026-11-28") == .period(.day(ExportDay("2026-11-28")!)))
        #expect(try parse(year: "2025") == .period(.year(2025)!))
    }

    @Test func malformedFutureAndContradictoryDatesAreUsageErrors() {
        let refused: [(String?, String?, String?)] = [
            ("2026-11-29", nil, nil),  // today in Copenhagen: not over
            ("2026-11-01", "2026-12-24", nil),
            ("2026-11-28", "2026-11-01", nil),
            ("28/11/2026", nil, nil), ("2026-02-30", nil, nil), (nil, "2026-11-01", nil),
            (nil, nil, "2026"), (nil, nil, "26"), (nil, nil, "2O25"), ("2025-01-01", nil, "2025"),
        ]
        for (from, to, year) in refused {
            #expect(throws: ExportError.self, "\(String(describing: from)) \(String(describing: to)) \(String(describing: year))") {
                try parse(from: from, to: to, year: year)
            }
            do {
                _ = try parse(from: from, to: to, year: year)
            } catch {
                #expect(error.isUsageError)
            }
        }
    }
}
