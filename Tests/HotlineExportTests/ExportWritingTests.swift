import Foundation
import GRDB
import HotlineCore
import HotlineStore
import Testing
@testable import HotlineExport

/// Files: atomic, idempotent, free of personal data; the last-exported mark; faults.
@Suite struct ExportWritingTests {
    static let day = ExportDay("2026-11-28")!
    /// 10:00 in Copenhagen on 2026-11-29: "yesterday" is the 28th.
    static let morningAfter = ExportFixture.instant("2026-11-29T09:00:00.000Z")

    func populated() async throws -> ExportFixture {
        let fixture = try ExportFixture()
        for minute in 0..<15 {
            try await fixture.call(
                at: "2026-11-28T10:\(10 + minute):00.000Z", channel: minute % 3 == 0 ? .email : .phone,
                narrative: "SECRET-NARRATIVE Maria works at the farm on Bakkevej", subject: Subject(
                    age: 37, gender: .female, nationality: "RO",
                    location: .init(municipality: "Ringkøbing-Skjern", region: minute == 0 ? "Bakkevej 7, 2. th" : "Region Midtjylland")),
                sector: .agriculture, contact: Contact(name: "Jane Doe", phone: "+4512345678", email: "jane@example.org"),
                band: "high", presumed: true, exploitation: ["labour"], flags: ["immediate_danger"])
        }
        return fixture
    }

    func fileNames(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    @Test func writesThreeFilesAndTheSameDayTwiceIsByteIdentical() async throws {
        let fixture = try await populated()
        let exporter = fixture.exporter()
        let paths = try exporter.write(try exporter.summary(for: .day(Self.day)))
        #expect(try fileNames(fixture.exportDirectory) == ["summary-2026-11-28.csv", "summary-2026-11-28.html", "summary-2026-11-28.json"])
        let first = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        try exporter.write(try exporter.summary(for: .day(Self.day)))
        let second = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        #expect(first == second)
        #expect(try fileNames(fixture.exportDirectory).count == 3, "no temporary file is left behind")
        let mode = try FileManager.default.attributesOfItem(atPath: paths[0])[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func filesHoldNoPersonalData() async throws {
        let fixture = try await populated()
        let exporter = fixture.exporter()
        let summary = try exporter.summary(for: .day(Self.day))
        for format in ExportFormat.allCases {
            let text = format.render(summary)
            for secret in ["SECRET", "Maria", "Bakkevej", "Jane", "4512345678", "example.org", "Ringkøbing", "RO\"", "subject_age\""] {
                #expect(!text.contains(secret), "\(format) contains \(secret)")
            }
        }
        let regions = Dictionary(uniqueKeysWithValues: summary.breakdown("calls_by_region")!.cells.map { ($0.key, $0.count) })
        #expect(regions["midtjylland"] == .suppressed && regions["other"] == .suppressed)  // 14 hides the lone 1
    }

    @Test func jsonHasStableKeysAndASchemaVersion() async throws {
        let fixture = try await populated()
        let summary = try fixture.exporter().summary(for: .day(Self.day))
        let json = try JSONSerialization.jsonObject(with: Data(ExportFormat.json.render(summary).utf8)) as! [String: Any]
        #expect(json["schema"] as? String == "hotline-summary")
        #expect(json["schema_version"] as? Int == ExportSummary.schemaVersion)
        let figures = json["figures"] as! [String: Any]
        #expect(figures["calls_received"] as? Int == 15)
        #expect(figures["presumed_trafficking"] as? Int == 15)
        let breakdowns = json["breakdowns"] as! [String: Any]
        let channel = breakdowns["calls_by_channel"] as! [String: Any]
        #expect(channel["population"] as? String == "calls_received")
        #expect((channel["cells"] as! [String: Any])["email"] as? Int == 5)
        let timing = json["time_to_triage_seconds"] as! [String: Any]
        #expect(timing["median"] as? Double == 2.0)
    }

    @Test func csvIsRFC4180WithAHeaderRow() async throws {
        let fixture = try await populated()
        let csv = ExportFormat.csv.render(try fixture.exporter().summary(for: .day(Self.day)))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "schema_version,first_day,last_day,figure,key,value")
        #expect(lines.last == "", "every row ends with CRLF")
        #expect(lines.contains("2,2026-11-28,2026-11-28,calls_received,,15"))
        #expect(lines.contains("2,2026-11-28,2026-11-28,calls_by_channel,email,5"))
        #expect(lines.contains("2,2026-11-28,2026-11-28,time_to_triage_seconds,median,2.000"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(SummaryCSVRenderer.field("a,\"b\"") == "\"a,\"\"b\"\"\"")
    }

    @Test func nightlyRunExportsEveryMissingDayInOrderAndRecordsTheLast() async throws {
        let fixture = try await populated()
        let exporter = fixture.exporter()
        try exporter.recordExported(ExportDay("2026-11-25")!)
        var seen: [String] = []
        let days = try exporter.exportPendingDays(now: Self.morningAfter) { day, _ in seen.append(day.description) }
        #expect(days.map(\.description) == ["2026-11-26", "2026-11-27", "2026-11-28"])
        #expect(seen == ["2026-11-26", "2026-11-27", "2026-11-28"])
        #expect(try exporter.lastExportedDay() == Self.day)
        #expect(try fileNames(fixture.exportDirectory).count == 9)
        #expect(try exporter.exportPendingDays(now: Self.morningAfter).isEmpty, "a second run the same night has nothing to do")
    }

    @Test func firstNightlyRunExportsYesterdayOnly() async throws {
        let fixture = try await populated()
        let exporter = fixture.exporter()
        #expect(try exporter.lastExportedDay() == nil)
        #expect(try exporter.exportPendingDays(now: Self.morningAfter) == [Self.day])
        #expect(try exporter.lastExportedDay() == Self.day)
    }

    @Test func theMarkNeverMovesBackwards() async throws {
        let fixture = try ExportFixture()
        let exporter = fixture.exporter()
        try exporter.recordExported(ExportDay("2026-11-28")!)
        try exporter.recordExported(ExportDay("2026-11-20")!)
        #expect(try exporter.lastExportedDay() == ExportDay("2026-11-28"))
    }

    @Test func aMissingDirectoryFailsCleanlyAndLeavesTheMark() async throws {
        let fixture = try await populated()
        let exporter = fixture.exporter(directory: fixture.root + "/no-such-directory")
        try exporter.recordExported(ExportDay("2026-11-26")!)
        #expect(throws: ExportError.missingDirectory(fixture.root + "/no-such-directory")) {
            try exporter.exportPendingDays(now: Self.morningAfter)
        }
        #expect(try exporter.lastExportedDay() == ExportDay("2026-11-26"))
    }

    @Test func aDirectoryThatIsAFileFailsCleanly() async throws {
        let fixture = try await populated()
        let path = fixture.root + "/plain-file"
        FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: ExportError.notADirectory(path)) {
            try fixture.exporter(directory: path).exportPendingDays(now: Self.morningAfter)
        }
    }

    @Test(.enabled(if: geteuid() != 0, "root writes into read-only directories"))
    func anUnwritableDirectoryFailsCleanly() async throws {
        let fixture = try await populated()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: fixture.exportDirectory)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.exportDirectory) }
        let exporter = fixture.exporter()
        #expect(throws: ExportError.self) { try exporter.exportPendingDays(now: Self.morningAfter) }
        #expect(try exporter.lastExportedDay() == nil)
        #expect(try fileNames(fixture.exportDirectory).isEmpty)
    }

    @Test func aFullDiskLeavesNeitherHalfFilesNorTemporaries() async throws {
        let fixture = try await populated()
        let exporter = fixture.exporter()
        let summary = try exporter.summary(for: .day(Self.day))
        var writer = AtomicFileWriter(directory: fixture.exportDirectory)
        var budget = 3_000  // the first file fits, the second runs out of space
        writer.writeBytes = { descriptor, bytes, count in
            guard budget > 0 else {
                errno = ENOSPC
                return -1
            }
            let written = write(descriptor, bytes, min(count, budget))
            budget -= written
            return written
        }
        #expect {
            try exporter.write(summary, formats: ExportFormat.allCases, using: writer)
        } throws: { error in
            guard case .writeFailed(_, let reason) = error as? ExportError else { return false }
            return reason == String(cString: strerror(ENOSPC))
        }
        #expect(try fileNames(fixture.exportDirectory).isEmpty)
    }

    @Test func unfinishedDaysAreRefused() throws {
        let fixture = try ExportFixture()
        let exporter = fixture.exporter()
        let today = ExportDay("2026-11-29")!
        #expect(throws: ExportError.notOver("2026-11-29", timeZone: "Europe/Copenhagen")) {
            try exporter.checkIsOver(.day(today), now: Self.morningAfter)
        }
        #expect(throws: ExportError.self) { try exporter.checkIsOver(.year(2026)!, now: Self.morningAfter) }
        try exporter.checkIsOver(.day(today.previous), now: Self.morningAfter)
        #expect(ExportError.notOver("x", timeZone: "y").isUsageError)
        #expect(!ExportError.missingDirectory("x").isUsageError)
    }

    @Test func aMissingDatabaseIsAnError() throws {
        let exporter = SummaryExporter(
            databasePath: "/nonexistent/hotline.sqlite",
            settings: ExportSettings(directory: "/tmp", timeZone: ExportFixture.copenhagen, smallCellThreshold: 5))
        #expect(throws: ExportError.self) { try exporter.summary(for: .day(Self.day)) }
    }
}
