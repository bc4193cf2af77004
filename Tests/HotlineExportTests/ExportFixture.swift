import Foundation
import GRDB
import HotlineCore
import HotlineStore
@testable import HotlineExport

/// A temporary directory with a real hotline database and an export directory, removed on deinit.
final class ExportFixture {
    let root: String
    let databasePath: String
    let exportDirectory: String
    let store: CallStore
    static let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-export-\(UUID().uuidString)").path
        exportDirectory = root + "/exports"
        try FileManager.default.createDirectory(atPath: exportDirectory, withIntermediateDirectories: true)
        databasePath = root + "/hotline.sqlite"
        store = try CallStore(path: databasePath)
    }

    deinit {
        try? store.close()
        try? FileManager.default.removeItem(atPath: root)
    }

    func exporter(threshold: Int = 5, directory: String? = nil) -> SummaryExporter {
        SummaryExporter(
            databasePath: databasePath,
            settings: ExportSettings(directory: directory ?? exportDirectory, timeZone: Self.copenhagen, smallCellThreshold: threshold))
    }

    /// A UTC instant from `2026-11-28T10:00:00.000Z`-style text.
    static func instant(_ text: String) -> Date {
        RFC3339.parse(text)!
    }

    /// Stores one call with a triage (unless `band` is nil) and returns its id.
    @discardableResult
    func call(
        at receivedAt: String,
        channel: CallChannel = .phone, language: NarrativeLanguage? = .danish, role: CallerRole = .thirdParty,
        narrative: String = "Narrative text", subject: Subject? = nil, sector: Sector? = nil, contact: Contact? = nil,
        band: String? = "low", presumed: Bool = false, exploitation: [String] = [], flags: [String] = [],
        indicators: [TriageRecord.Indicator] = [], triageDelaySeconds: Double = 2, catalogVersion: String = "2026.1"
    ) async throws -> Int64 {
        let received = Self.instant(receivedAt)
        let submission = CallSubmission(
            receivedAt: received, channel: channel, language: language, callerRole: role, narrative: narrative,
            subject: subject, sector: sector, contact: contact)
        let triage = band.map { band in
            TriageRecord(
                assessedAt: received.addingTimeInterval(triageDelaySeconds), catalogVersion: catalogVersion, score: 10,
                band: band, presumedTrafficking: presumed, language: language?.rawValue ?? "en", exploitation: exploitation,
                flags: flags, indicators: indicators, resultJSON: "{}")
        }
        let outcome = try await store.submit(PendingSubmission(submission: submission, arrivedAt: received, peer: nil, triage: triage))
        guard case .created(let record) = outcome else { throw FixtureError.notCreated }
        return record.id
    }

    /// Sets a call's workflow status directly (the store has no API for it yet).
    func setStatus(_ status: CallStatus, callID: Int64) throws {
        let queue = try DatabaseQueue(path: databasePath)
        defer { try? queue.close() }
        try queue.write { db in
            try db.execute(sql: "UPDATE calls SET status = ? WHERE id = ?", arguments: [status.rawValue, callID])
        }
    }

    enum FixtureError: Error { case notCreated }
}
