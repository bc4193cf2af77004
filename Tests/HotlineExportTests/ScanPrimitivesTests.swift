import Foundation
import GRDB
import HotlineCore
import HotlineStore
import Testing
@testable import HotlineExport

@Suite struct ScanPrimitivesTests {
    @Test func storedTimestampsDecodeLikeRFC3339() {
        for text in ["2026-11-28T15:00:00.250Z", "1970-01-01T00:00:00.000Z", "2028-02-29T23:59:59.999Z", "2000-03-01T00:00:00.001Z",
                     "2026-11-28T16:00:00.250+01:00", "2026-11-28T15:00:00Z"] {
            let expected = RFC3339.parse(text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
            let decoded = Array(text.utf8).withUnsafeBufferPointer { StoredTimestamp.milliseconds($0.baseAddress!, $0.count) }
            #expect(decoded == expected, "\(text)")
        }
    }

    @Test func internerGivesEachDistinctValueOneCodeAndNullZero() throws {
        let queue = try DatabaseQueue()
        var values: [String?] = [nil, "", "phone", "phone", "email"]
        values += (0..<200).map { "free text \($0 % 150)" }
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
            for value in values { try db.execute(sql: "INSERT INTO t (v) VALUES (?)", arguments: [value]) }
            let statement = try db.makeStatement(sql: "SELECT v FROM t ORDER BY id")
            var interner = TextColumnInterner()
            var codes: [Int] = []
            let cursor = try Row.fetchCursor(statement)
            while try cursor.next() != nil { codes.append(interner.code(statement.sqliteStatement, 0)) }
            #expect(codes[0] == 0)
            #expect(zip(codes, values).allSatisfy { interner.values[$0.0] == $0.1 })
            #expect(Set(codes).count == Set(values.map { $0 ?? "<null>" }).count)
        }
    }
}

@Suite struct FirstTriageDelayTests {
    @Test func denseAndSparseReadingsAgree() async throws {
        let fixture = try ExportFixture()
        var ids: [Int64] = [], received: [Int64] = []
        for index in 0..<8 {
            let at = "2026-11-28T10:0\(index):00.000Z"
            ids.append(try await fixture.call(at: at, triageDelaySeconds: Double(index) + 0.5))
            received.append(Int64(ExportFixture.instant(at).timeIntervalSince1970 * 1000))
        }
        let queue = try GRDB.DatabaseQueue(path: fixture.databasePath)
        defer { try? queue.close() }
        let (callIDs, receipts) = (ids, received)
        let (dense, sparse) = try await queue.read { db in
            (try SummaryScan.firstTriageDelays(db, callIDs: callIDs, receivedAt: receipts),
             try SummaryScan.firstTriageDelays(db, callIDs: callIDs, receivedAt: receipts, forceLookups: true))
        }
        #expect(dense == (0..<8).map { Int64($0) * 1000 + 500 })
        #expect(sparse == dense)
    }
}

@Suite struct IndicatorScanTests {
    @Test func rangePassAndJoinAgree() async throws {
        let fixture = try ExportFixture()
        let d4 = TriageRecord.Indicator(id: "D4.low_pay", dimension: "D4")
        let d5 = TriageRecord.Indicator(id: "D5.threats", dimension: "D5")
        try await fixture.call(at: "2026-11-27T10:00:00.000Z", indicators: [d4, d5])  // outside the period
        var triages: [Int64] = []
        for index in 0..<6 {
            let id = try await fixture.call(at: "2026-11-28T10:0\(index):00.000Z", indicators: index % 2 == 0 ? [d4, d5] : [d4])
            triages.append(id)  // one triage per call, stored in call order: triage id == call id here
        }
        let queue = try GRDB.DatabaseQueue(path: fixture.databasePath)
        defer { try? queue.close() }
        let bounds = ExportPeriod.day(ExportDay("2026-11-28")!).storedBounds(in: ExportFixture.copenhagen)
        let current = triages
        let (ranged, joined) = try await queue.read { db in
            var ranged = SummaryCounts(), joined = SummaryCounts()
            // Force both paths: the range pass keeps only the listed triages.
            try SummaryScan.scanIndicators(db, start: bounds.start, end: bounds.end, currentTriages: current, minimumForRangePass: 0, into: &ranged)
            try SummaryScan.scanIndicators(db, start: bounds.start, end: bounds.end, currentTriages: current, forceJoin: true, into: &joined)
            return (ranged, joined)
        }
        #expect(ranged.withIndicator == ["D4.low_pay": 6, "D5.threats": 3])
        #expect(ranged.withIndicatorDimension == ["D4": 6, "D5": 3])
        #expect(ranged == joined)
    }
}
