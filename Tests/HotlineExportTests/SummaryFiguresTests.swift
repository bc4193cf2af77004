import Foundation
import GRDB
import HotlineCore
import HotlineStore
import Testing
@testable import HotlineExport

/// Figures read from a real database: what is counted, under which key, for which day.
@Suite struct SummaryFiguresTests {
    let day = ExportPeriod.day(ExportDay("2026-11-28")!)

    func cells(_ summary: ExportSummary, _ name: String) -> [String: PublishedCount] {
        Dictionary(uniqueKeysWithValues: (summary.breakdown(name)?.cells ?? []).map { ($0.key, $0.count) })
    }

    @Test func countsTheCallsOfTheCalendarDayInTheExportTimeZone() async throws {
        let fixture = try ExportFixture()
        try await fixture.call(at: "2026-11-27T22:59:59.999Z")  // 23:59:59.999 on the 27th in Copenhagen
        try await fixture.call(at: "2026-11-27T23:00:00.000Z")  // midnight: the 28th
        try await fixture.call(at: "2026-11-28T22:59:59.999Z")
        try await fixture.call(at: "2026-11-28T23:00:00.000Z")  // the 29th
        let summary = try fixture.exporter(threshold: 0).summary(for: day)
        #expect(summary.figure("calls_received") == .exact(2))
        #expect(summary.periodStart == "2026-11-27T23:00:00.000Z")
    }

    @Test func breakdownsUseClosedListsWithEveryKeyPresent() async throws {
        let fixture = try ExportFixture()
        for index in 0..<6 {
            try await fixture.call(
                at: "2026-11-28T1\(index):00:00.000Z", channel: index < 4 ? .phone : .sms, language: index == 0 ? nil : .english,
                sector: index < 3 ? .agriculture : nil, band: index == 5 ? nil : "medium")
        }
        let summary = try fixture.exporter(threshold: 0).summary(for: day)
        let channels = cells(summary, "calls_by_channel")
        #expect(Set(channels.keys) == Set(CallChannel.allCases.map(\.rawValue)))
        #expect(channels["phone"] == .exact(4) && channels["sms"] == .exact(2) && channels["web"] == .exact(0))
        // A call without a stated language counts under its triage's detected language.
        #expect(cells(summary, "calls_by_language") == ["da": .exact(0), "en": .exact(6), "unknown": .exact(0)])
        #expect(cells(summary, "calls_by_sector")["agriculture"] == .exact(3))
        #expect(cells(summary, "calls_by_sector")["unknown"] == .exact(3))
        #expect(cells(summary, "calls_by_band")["medium"] == .exact(5))
        #expect(cells(summary, "calls_by_band")["untriaged"] == .exact(1))
        #expect(cells(summary, "triaged_by_catalog_version") == ["2026.1": .exact(5)])
    }

    @Test func ageGroupsComeFromExactAgeThenStatedGroupThenMinorFlags() async throws {
        let fixture = try ExportFixture()
        let cases: [(Subject?, [String], String)] = [
            (Subject(age: 16), [], "child"),
            (Subject(age: 18), [], "adult"),
            (Subject(age: 40, ageGroup: .child), ["minor"], "adult"),
            (Subject(ageGroup: .child), [], "child"),
            (Subject(ageGroup: .unknown), ["unaccompanied_minor", "minor"], "child"),
            (nil, ["minor"], "child"),
            (Subject(gender: .female), [], "unknown"),
        ]
        for (index, (subject, flags, _)) in cases.enumerated() {
            try await fixture.call(at: "2026-11-28T10:0\(index):00.000Z", subject: subject, flags: flags)
        }
        let summary = try fixture.exporter(threshold: 0).summary(for: day)
        let expected = Dictionary(grouping: cases, by: \.2).mapValues { PublishedCount.exact($0.count) }
        #expect(cells(summary, "subjects_by_age_group") == expected)
        #expect(cells(summary, "subjects_by_gender")["female"] == .exact(1))
        #expect(cells(summary, "subjects_by_gender")["unknown"] == .exact(6))
        #expect(cells(summary, "calls_with_flag")["minor"] == .exact(3))
        #expect(cells(summary, "calls_with_flag")["unaccompanied_minor"] == .exact(1))
    }

    @Test func formsOfExploitationCountPresumedAndHighBandCalls() async throws {
        let fixture = try ExportFixture()
        try await fixture.call(at: "2026-11-28T10:00:00.000Z", subject: Subject(age: 15, gender: .male), band: "high", presumed: true, exploitation: ["labour", "sexual"])
        try await fixture.call(at: "2026-11-28T10:01:00.000Z", band: "high", exploitation: [])
        try await fixture.call(at: "2026-11-28T10:02:00.000Z", band: "medium", presumed: true, exploitation: ["criminality", "begging"])
        try await fixture.call(at: "2026-11-28T10:03:00.000Z", band: "medium", exploitation: ["labour"])
        let summary = try fixture.exporter(threshold: 0).summary(for: day)
        #expect(summary.figure("presumed_trafficking") == .exact(2))
        #expect(cells(summary, "calls_of_concern_by_exploitation")
            == ["sexual": .exact(1), "labour": .exact(1), "criminality": .exact(1), "other": .exact(1), "unknown": .exact(1)])
        #expect(cells(summary, "presumed_by_exploitation")["unknown"] == .exact(0))
        #expect(cells(summary, "presumed_by_gender")["male"] == .exact(1))
        #expect(cells(summary, "presumed_by_age_group") == ["child": .exact(1), "adult": .exact(0), "unknown": .exact(1)])
    }

    @Test func regionsArePublishedOnlyAsTheFiveDanishRegions() {
        #expect(PublishedVocabulary.region("Region Hovedstaden") == "hovedstaden")
        #expect(PublishedVocabulary.region("Capital Region of Denmark") == "hovedstaden")
        #expect(PublishedVocabulary.region("region  midtjylland") == "midtjylland")
        #expect(PublishedVocabulary.region("Sjælland") == "sjaelland")
        #expect(PublishedVocabulary.region("North Denmark Region") == "nordjylland")
        #expect(PublishedVocabulary.region("Bakkevej 7, 2. th") == "other")
        #expect(PublishedVocabulary.region("  ") == "unknown")
        #expect(PublishedVocabulary.region(nil) == "unknown")
    }

    @Test func backlogCountsOpenHighBandCallsUpToTheEndOfThePeriod() async throws {
        let fixture = try ExportFixture()
        try await fixture.call(at: "2026-11-20T10:00:00.000Z", band: "high")  // older, still open: counts
        let closed = try await fixture.call(at: "2026-11-28T10:00:00.000Z", band: "high")
        try fixture.setStatus(.closed, callID: closed)
        let inProgress = try await fixture.call(at: "2026-11-28T11:00:00.000Z", band: "high")
        try fixture.setStatus(.inProgress, callID: inProgress)
        try await fixture.call(at: "2026-11-28T12:00:00.000Z", band: "medium")
        try await fixture.call(at: "2026-11-29T08:00:00.000Z", band: "high")  // after the period
        let summary = try fixture.exporter(threshold: 0).summary(for: day)
        #expect(summary.figure("open_high_band_calls") == .exact(2))
    }

    @Test func timeToTriageIsNearestRankMedianAndP90OfTheFirstTriage() async throws {
        let fixture = try ExportFixture()
        for seconds in 1...10 {
            let id = try await fixture.call(at: "2026-11-28T10:\(10 + seconds):00.000Z", triageDelaySeconds: Double(seconds))
            if seconds == 10 {
                // A later re-triage does not change the time to the first one.
                try await fixture.store.appendTriage(
                    TriageRecord(
                        assessedAt: ExportFixture.instant("2026-11-28T18:00:00.000Z"), catalogVersion: "2026.2", score: 1, band: "low",
                        presumedTrafficking: false, language: "da", exploitation: [], flags: [], indicators: [], resultJSON: "{}"),
                    toCall: id)
            }
        }
        let summary = try fixture.exporter(threshold: 5).summary(for: day)
        #expect(summary.timeToTriage == .init(medianMilliseconds: 5_000, p90Milliseconds: 9_000))
        #expect(cells(summary, "triaged_by_catalog_version") == ["2026.1": .suppressed, "2026.2": .suppressed])  // a lone 1 takes the 9 with it
    }

    @Test func timeToTriageIsWithheldForFewerCallsThanTheThreshold() async throws {
        let fixture = try ExportFixture()
        for minute in 0..<4 { try await fixture.call(at: "2026-11-28T10:0\(minute):00.000Z") }
        let summary = try fixture.exporter(threshold: 5).summary(for: day)
        #expect(summary.timeToTriage == .init(medianMilliseconds: nil, p90Milliseconds: nil))
        #expect(summary.figure("calls_received") == .suppressed)
    }

    @Test func indicatorsCountCallsByIdAndByDimension() async throws {
        let fixture = try ExportFixture()
        let d4a = TriageRecord.Indicator(id: "D4.low_pay", dimension: "D4")
        let d4b = TriageRecord.Indicator(id: "D4.long_hours", dimension: "D4")
        let d5 = TriageRecord.Indicator(id: "D5.documents_withheld", dimension: "D5")
        let odd = TriageRecord.Indicator(id: "weird id with spaces", dimension: "D5")
        try await fixture.call(at: "2026-11-28T10:00:00.000Z", indicators: [d4a, d4b, d5])
        try await fixture.call(at: "2026-11-28T10:01:00.000Z", indicators: [d4a, odd])
        let summary = try fixture.exporter(threshold: 0).summary(for: day)
        #expect(cells(summary, "calls_with_indicator")
            == ["D4.low_pay": .exact(2), "D4.long_hours": .exact(1), "D5.documents_withheld": .exact(1), "other": .exact(1)])
        #expect(cells(summary, "calls_with_indicator_dimension") == ["D4": .exact(2), "D5": .exact(2)])
    }

    @Test func aLoneSmallCellIsProtectedByItsComplement() async throws {
        let fixture = try ExportFixture()
        for minute in 0..<12 { try await fixture.call(at: "2026-11-28T10:\(10 + minute):00.000Z", role: .thirdParty) }
        try await fixture.call(at: "2026-11-28T11:00:00.000Z", role: .self)
        for minute in 0..<6 { try await fixture.call(at: "2026-11-28T12:\(10 + minute):00.000Z", role: .professional) }
        let summary = try fixture.exporter(threshold: 5).summary(for: day)
        #expect(summary.figure("calls_received") == .exact(19))
        #expect(cells(summary, "calls_by_caller_role")
            == ["self": .suppressed, "professional": .suppressed, "third_party": .exact(12), "anonymous": .exact(0), "other": .exact(0)])
    }

    @Test func theAnnualReportHasTheFiguresOfTheYearlyStatistics() async throws {
        let fixture = try ExportFixture()
        try await fixture.call(at: "2025-12-31T23:30:00.000Z", band: "high", presumed: true, exploitation: ["sexual"])  // 2026 in Copenhagen
        try await fixture.call(at: "2026-06-01T10:00:00.000Z", subject: Subject(age: 12), band: "high", presumed: true, exploitation: ["labour"])
        try await fixture.call(at: "2026-12-31T23:30:00.000Z", band: "high", presumed: true)  // 2027 in Copenhagen
        let summary = try fixture.exporter(threshold: 0).summary(for: .year(2026)!)
        #expect(summary.figures.map(\.name) == ["calls_received", "presumed_trafficking"])
        #expect(summary.breakdowns.map(\.name) == ["presumed_by_exploitation", "presumed_by_gender", "presumed_by_age_group", "calls_by_month"])
        let months = cells(summary, "calls_by_month")
        #expect(months.count == 12, "every month of the year, in the export time zone")
        #expect(months["2026-01"] == .exact(1) && months["2026-06"] == .exact(1) && months["2026-12"] == .exact(0))
        #expect(summary.figure("presumed_trafficking") == .exact(2))
        #expect(cells(summary, "presumed_by_age_group")["child"] == .exact(1))
        #expect(summary.timeToTriage == nil)
    }

    @Test func readsWhileTheDaemonHoldsAWriteTransaction() async throws {
        let fixture = try ExportFixture()
        try await fixture.call(at: "2026-11-28T10:00:00.000Z")
        let exporter = fixture.exporter(threshold: 0)
        let writer = try GRDB.DatabaseQueue(path: fixture.databasePath)
        defer { try? writer.close() }
        try writer.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE calls SET status = 'closed'")
            let summary = try exporter.summary(for: day)
            #expect(summary.figure("calls_received") == .exact(1))
            try db.execute(sql: "ROLLBACK")
        }
    }
}

@Suite struct SchemaCompatibilityTests {
    /// A database the daemon has not yet migrated to v2 (no export indexes) gives the same summary.
    @Test func sameFiguresWithoutTheExportIndexes() async throws {
        let fixture = try ExportFixture()
        for minute in 0..<9 {
            try await fixture.call(
                at: "2026-11-28T10:0\(minute):00.000Z", band: minute % 3 == 0 ? "high" : "low", presumed: minute == 0,
                exploitation: minute == 0 ? ["sexual"] : [], indicators: [.init(id: "D4.low_pay", dimension: "D4")])
        }
        let exporter = fixture.exporter(threshold: 0)
        let period = ExportPeriod.day(ExportDay("2026-11-28")!)
        let withIndexes = try exporter.summary(for: period)
        let queue = try GRDB.DatabaseQueue(path: fixture.databasePath)
        try await queue.write { db in
            try db.execute(sql: "DROP INDEX calls_for_export; DROP INDEX triages_for_export; DROP INDEX triages_first_by_call")
            #expect(try !ReadOnlyStore.hasExportIndexes(db))
        }
        try queue.close()
        #expect(try exporter.summary(for: period) == withIndexes)
        #expect(withIndexes.figure("calls_received") == .exact(9))
    }
}
