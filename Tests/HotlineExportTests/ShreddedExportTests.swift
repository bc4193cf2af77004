import Foundation
import HotlineCore
import HotlineStore
import Testing
@testable import HotlineExport

/// Shredding keeps every coded field, and its events are no case work: the summaries of past
/// periods come out byte-identical before and after.
@Suite("Exports after shredding")
struct ShreddedExportTests {
    /// Every format of the day, the range and the year, with and without suppression, as bytes.
    func exports(_ fixture: ExportFixture) throws -> [String: [UInt8]] {
        let day = ExportDay(year: 2026, month: 11, day: 28)!
        let periods: [ExportPeriod] = [
            .day(day), .range(from: ExportDay(year: 2026, month: 11, day: 26)!, to: day)!, .year(2026)!,
        ]
        var files: [String: [UInt8]] = [:]
        for threshold in [0, 5] {
            let exporter = fixture.exporter(threshold: threshold)
            for period in periods {
                let summary = try exporter.summary(for: period)
                for format in ExportFormat.allCases {
                    files["\(period.fileStem).\(format.rawValue)@\(threshold)"] = Array(format.render(summary).utf8)
                }
            }
        }
        return files
    }

    @Test("export, shred every call (an erasure, retention of contact then free text, one held call kept), export again: the same bytes")
    func exportsAreByteIdentical() async throws {
        let fixture = try await CaseWorkExportTests().worked()
        let store = fixture.store
        // Calls with the personal data shredding removes, never acted on (a shredding is no first action).
        let located = Subject(age: 16, ageGroup: .child, gender: .female, nationality: "NG",
                              location: Subject.Location(municipality: "Esbjerg", region: "Syddanmark"))
        let untouched = try await fixture.call(
            at: "2026-11-28T16:30:00.000Z", subject: located, sector: .hospitality,
            contact: Contact(name: "A Caller", phone: "+4511111111", email: "a@example.org"), band: "high", flags: ["minor"],
            indicators: [.init(id: "ilo-document", dimension: "coercion")])
        let erased = try await fixture.call(
            at: "2026-11-28T17:00:00.000Z", subject: located, contact: Contact(phone: "+4522222222"), band: "medium")
        let held = try await fixture.call(at: "2026-11-28T17:30:00.000Z", band: "low")
        let before = try exports(fixture)
        #expect(before.count == 18)

        guard case .erased = try await store.erase(callID: erased, reason: .erasureRequest, peer: nil, requestID: nil) else {
            Issue.record("not erased"); return
        }
        _ = try await store.setLegalHold(callID: held, reason: "court", peer: nil, requestID: nil)
        try store.close()
        let retention = try RetentionStore.open(path: fixture.databasePath)
        let contactDay = Date().addingTimeInterval(200 * 86_400)
        _ = try retention.apply(try retention.due(.standard, at: contactDay), at: contactDay)
        let later = Date().addingTimeInterval(5000 * 86_400)
        let tally = try retention.apply(try retention.due(.standard, at: later), at: later)
        #expect(tally.skippedForLegalHold == 1)
        #expect(tally.freeTextShredded >= 7, "every call but the held and the erased one")
        try retention.close()

        let reopened = try CallStore(path: fixture.databasePath)
        #expect(try await reopened.record(id: untouched)?.shreddedAt != nil)
        #expect(try await reopened.record(id: untouched)?.submission.subject?.location == Subject.Location(region: "Syddanmark"))
        try reopened.close()

        let after = try exports(fixture)
        for (name, bytes) in before {
            #expect(after[name].map { $0 == bytes } == true, "\(name) changed after shredding")
        }
    }
}
