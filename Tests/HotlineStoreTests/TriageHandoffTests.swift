import Foundation
import GRDB
import GRDBSQLite
import HotlineCore
@testable import HotlineStore
import Synchronization
import Testing

/// A submission handed to an idle writer before its triage is computed (``TriageHandoff``).
@Suite("Triage handed to the writer")
struct TriageHandoffTests {
    static func triage(_ band: String) -> TriageRecord {
        TriageRecord(
            assessedAt: Date(), catalogVersion: "handoff", score: band == "high" ? 90 : 20, band: band,
            presumedTrafficking: band == "high", language: "en", exploitation: ["labour"], flags: [],
            indicators: [.init(id: "passport_withheld", dimension: "coercion_at_destination")],
            resultJSON: #"{"band":"\#(band)","catalog_version":"handoff"}"#)
    }

    /// Whether another connection is kept from writing right now (the store's writer holds the
    /// write lock): `BEGIN IMMEDIATE` with no busy timeout answers SQLITE_BUSY.
    static func writeLockIsHeld(path: String) throws -> Bool {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            sqlite3_close(connection)
            throw CocoaError(.fileReadUnknown)
        }
        defer { sqlite3_close(connection) }
        let code = sqlite3_exec(connection, "BEGIN IMMEDIATE", nil, nil, nil)
        if code == SQLITE_OK { sqlite3_exec(connection, "ROLLBACK", nil, nil, nil) }
        return code == SQLITE_BUSY
    }

    @Test("with the writer idle, the record's transaction is open while its triage is computed, and the record is stored with that triage")
    func transactionOpensDuringTriage() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = store.path
        var sawTransaction = false
        let (outcome, assessment) = try await store.submit(pending("h1", triage: nil)) {
            // Waits (up to 5 s) for the writer to take the write lock: it only can while this
            // closure runs if it began before the triage was done.
            let deadline = Date(timeIntervalSinceNow: 5)
            while Date() < deadline {
                if (try? Self.writeLockIsHeld(path: path)) == true {
                    sawTransaction = true
                    break
                }
                Thread.sleep(forTimeInterval: 0.002)
            }
            return Self.triage("high")
        }
        #expect(sawTransaction, "the writer began the record's transaction before its triage was handed over")
        #expect(assessment?.band == "high")
        guard case .created(let record) = outcome else {
            Issue.record("not created: \(outcome)")
            return
        }
        #expect(record.triage == .object(["band": .string("high"), "catalog_version": .string("handoff")]))
        let reread = try #require(try await store.record(id: record.id))
        #expect(reread.triage == record.triage)
        #expect(try store.triageHistoryCount(callID: record.id) == 1)
    }

    @Test("many submissions at once, each computing its triage: every record is stored with its own")
    func manyAtOnce() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let results = try await withThrowingTaskGroup(of: (Int, StoreOutcome, TriageRecord?).self) { group in
            for n in 0..<60 {
                group.addTask {
                    let (outcome, triage) = try await store.submit(pending("b\(n)", triage: nil)) {
                        Self.triage(n.isMultiple(of: 2) ? "high" : "low")
                    }
                    return (n, outcome, triage)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 60)
        for (n, outcome, triage) in results {
            let band = n.isMultiple(of: 2) ? "high" : "low"
            #expect(triage?.band == band)
            guard case .created(let record) = outcome else {
                Issue.record("record \(n) not created: \(outcome)")
                continue
            }
            let reread = try #require(try await store.record(id: record.id))
            #expect(reread.submission.externalID == "b\(n)")
            #expect(reread.triage == .object(["band": .string(band), "catalog_version": .string("handoff")]))
        }
    }

    @Test("a record that fails while its triage is still being computed fails alone, and the writer goes on")
    func failureBeforeTheTriageArrives() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await refuseNarrative("Refused.", in: store)
        await #expect(throws: (any Error).self) {
            _ = try await store.submit(pending("r1", narrative: "Refused.", triage: nil)) {
                Thread.sleep(forTimeInterval: 0.05)
                return Self.triage("high")
            }
        }
        let (outcome, _) = try await store.submit(pending("r2", triage: nil)) { Self.triage("low") }
        guard case .created(let record) = outcome else {
            Issue.record("not created: \(outcome)")
            return
        }
        #expect(try await store.record(id: record.id)?.triage == .object(["band": .string("low"), "catalog_version": .string("handoff")]))
        #expect(try await store.page(CallQuery(limit: 10)).records.count == 1)
    }

    @Test("a retry is recognised and keeps the first triage; the second is not stored")
    func retryKeepsTheFirstTriage() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (first, _) = try await store.submit(pending("same", triage: nil)) { Self.triage("high") }
        let (again, _) = try await store.submit(pending("same", triage: nil)) { Self.triage("low") }
        guard case .created(let stored) = first, case .duplicate(let recognised) = again else {
            Issue.record("first \(first), again \(again)")
            return
        }
        #expect(recognised.id == stored.id)
        #expect(try store.triageHistoryCount(callID: stored.id) == 1)
        #expect(try await store.record(id: stored.id)?.triage == .object(["band": .string("high"), "catalog_version": .string("handoff")]))
    }
}
