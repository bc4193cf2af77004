import Foundation
import GRDB
import HotlineCore
@testable import HotlineStore
import Synchronization
import Testing

/// A store on a real SQLite file in a fresh temporary folder.
func makeTemporaryStore(maxBatchSize: Int = 128) throws -> (CallStore, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-test-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try CallStore(path: folder.appendingPathComponent("t.sqlite").path, maxBatchSize: maxBatchSize)
    return (store, folder)
}

func pending(_ externalID: String?, narrative: String = "A call.", triage: TriageRecord? = nil) -> PendingSubmission {
    PendingSubmission(
        submission: CallSubmission(externalID: externalID, channel: .phone, callerRole: .self, narrative: narrative),
        arrivedAt: Date(), peer: PeerIdentity(uid: 1000, gid: 1000, pid: 42, user: "op"), triage: triage)
}

/// A constraint only the tests add: SQLite refuses calls with this narrative, as it would any
/// failure of one row (a full disk, say).
func refuseNarrative(_ narrative: String, in store: CallStore) async throws {
    let queue = try DatabaseQueue(path: store.path)
    try await queue.write { db in
        // A trigger takes no bound arguments: the narrative is written in as an SQL string literal.
        let literal = "'" + narrative.replacingOccurrences(of: "'", with: "''") + "'"
        try db.execute(sql: """
            CREATE TRIGGER refuse_one BEFORE INSERT ON calls WHEN NEW.narrative = \(literal)
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
            """)
    }
    try queue.close()
}

@Suite("Call store")
struct CallStoreTests {
    @Test("the writer and readers run with synchronous = FULL in WAL mode")
    func durability() throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.close()
        // Open the way the store does and inspect the writer connection's settings.
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: store.path, configuration: configuration)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        let reopened = try CallStore(path: store.path)
        #expect(try reopened.synchronousLevels() == [2, 2])
    }

    @Test("concurrent submissions share transactions (group commit), and each is committed when it returns")
    func groupCommit() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcomes = try await withThrowingTaskGroup(of: StoreOutcome.self) { group in
            for n in 0..<200 { group.addTask { try await store.submit(pending("g\(n)")) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        var ids = Set<Int64>()
        var commitTimes = Set<Date>()
        for outcome in outcomes {
            guard case .created(let record) = outcome else { Issue.record("not created: \(outcome)"); continue }
            ids.insert(record.id)
            commitTimes.insert(record.storedAt)
            #expect(try await store.record(id: record.id) != nil)
        }
        #expect(ids.count == 200)
        // One stored_at per transaction: far fewer transactions than records.
        #expect(commitTimes.count < 200)
    }

    @Test("a batch bounded to one record still stores everything")
    func batchOfOne() async throws {
        let (store, folder) = try makeTemporaryStore(maxBatchSize: 1)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 0..<20 { group.addTask { _ = try await store.submit(pending("b\(n)")) } }
            try await group.waitForAll()
        }
        #expect(try await store.page(CallQuery(limit: 100)).records.count == 20)
    }

    @Test("a record is read from every column of calls, named: a migration that adds one must add it to the list")
    func recordColumns() throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.close()
        let queue = try DatabaseQueue(path: store.path)
        defer { try? queue.close() }
        let columns = try queue.read { db in try db.columns(in: "calls").map(\.name) }
        #expect(StoredCall.Columns.all.map(\.name) == columns)
    }

    @Test("a record that fails inside a shared transaction fails alone: the others of its batch are stored and audited")
    func failureInsideABatch() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try await refuseNarrative("Refused.", in: store)
        let audit = AuditEntry(at: Date(), action: .submitCall, uid: 1000, user: "op", roles: "operator", requestID: "r")
        let results = await withTaskGroup(of: (Int, Result<StoreOutcome, any Error>).self) { group in
            for n in 0..<40 {
                var item = pending("f\(n)", narrative: n % 10 == 3 ? "Refused." : "Call \(n).")
                item.audit = audit
                group.addTask {
                    do { return (n, .success(try await store.submit(item))) } catch { return (n, .failure(error)) }
                }
            }
            return await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for (n, result) in results {
            switch result {
            case .success(.created): #expect(n % 10 != 3, "record \(n) was stored")
            case .failure: #expect(n % 10 == 3, "record \(n) failed")
            case .success(let other): Issue.record("record \(n): \(other)")
            }
        }
        #expect(try await store.page(CallQuery(limit: 100)).records.count == 36)
        let trail = try AuditFile.verify(databaseAt: store.path)
        #expect(trail.problem == nil && trail.entries == 36, "one audit entry per stored record: \(trail)")
    }

    @Test("the journal's copy hears of every audit entry, in the order of the trail, all of them by the time the store is closed")
    func auditObserverOrderAndDrain() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let heard = Mutex<[Int64]>([])
        store.observeAudit { entries in
            // A slow journal: the answers must not wait for it, and the stop must.
            Thread.sleep(forTimeInterval: 0.01)
            heard.withLock { $0 += entries.map(\.id) }
        }
        let audit = AuditEntry(at: Date(), action: .submitCall, uid: 1000, user: "op", roles: "operator", requestID: "r")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 0..<30 {
                var item = pending("o\(n)")
                item.audit = audit
                group.addTask { _ = try await store.submit(item) }
            }
            try await group.waitForAll()
        }
        try store.close()
        #expect(heard.withLock { $0 } == Array(1...30))
    }

    @Test("same external_id: same content is a duplicate, different content a conflict, within one batch too")
    func idempotency() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        async let a = store.submit(pending("same"))
        async let b = store.submit(pending("same"))
        async let c = store.submit(pending("same", narrative: "Different."))
        let results = try await [a, b, c]
        let created = results.filter { if case .created = $0 { true } else { false } }
        let duplicates = results.filter { if case .duplicate = $0 { true } else { false } }
        let conflicts = results.filter { if case .conflict = $0 { true } else { false } }
        #expect(created.count == 1)
        #expect(duplicates.count + conflicts.count == 2)
        #expect(try await store.page(CallQuery()).records.count == 1)
    }

    @Test("triage history: every result is kept, the newest is current")
    func triageHistory() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        func triage(_ band: String, _ version: String) -> TriageRecord {
            TriageRecord(
                assessedAt: Date(), catalogVersion: version, score: band == "high" ? 90 : 20, band: band,
                presumedTrafficking: band == "high", language: "en", exploitation: ["labour"], flags: [],
                indicators: [.init(id: "passport_withheld", dimension: "coercion_at_destination")],
                resultJSON: #"{"band":"\#(band)","catalog_version":"\#(version)"}"#)
        }
        guard case .created(let record) = try await store.submit(pending("t", triage: triage("low", "1"))) else {
            Issue.record("not created")
            return
        }
        #expect(record.triage == .object(["band": .string("low"), "catalog_version": .string("1")]))
        try await store.appendTriage(triage("high", "2"), toCall: record.id)
        let reread = try #require(try await store.record(id: record.id))
        #expect(reread.triage == .object(["band": .string("high"), "catalog_version": .string("2")]))
        #expect(try store.triageHistoryCount(callID: record.id) == 2)
        let activity = try await store.activity(since: Date(timeIntervalSinceNow: -3600))
        #expect(activity == StoreActivity(callsToday: 1, openHighBandCalls: 1))
    }

    @Test("a triage's indicators are stored one row each, a repeated one once, with its dimension")
    func triageIndicatorRows() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let triage = TriageRecord(
            assessedAt: Date(), catalogVersion: "1", score: 60, band: "medium", presumedTrafficking: false, language: "en",
            exploitation: ["labour"], flags: [],
            indicators: [
                .init(id: "passport_withheld", dimension: "coercion_at_destination"),
                .init(id: "unpaid_wages", dimension: "exploitation"),
                .init(id: "passport_withheld", dimension: "coercion_at_destination"),
            ],
            resultJSON: #"{"band":"medium"}"#)
        guard case .created(let record) = try await store.submit(pending("i", triage: triage)) else {
            Issue.record("not created")
            return
        }
        let queue = try DatabaseQueue(path: store.path)
        defer { try? queue.close() }
        let rows = try await queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT indicator_id, dimension FROM triage_indicators
                    WHERE triage_id = (SELECT triage_id FROM calls WHERE id = ?) ORDER BY indicator_id
                    """,
                arguments: [record.id]
            ).map { "\($0[0] as String)/\($0[1] as String)" }
        }
        #expect(rows == ["passport_withheld/coercion_at_destination", "unpaid_wages/exploitation"])
    }

    @Test("a database written by a newer schema is refused")
    func newerSchema() throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.close()
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try queue.close()
        #expect(throws: (any Error).self) { try CallStore(path: store.path) }
        let check = try DatabaseCheck.run(path: store.path)
        #expect(check.unknownMigrations == ["v99-from-the-future"])
        #expect(!check.isHealthy)
    }

    @Test("cursor tokens round-trip and reject junk")
    func cursor() {
        let cursor = PageCursor(receivedAt: "2026-11-29T10:00:00.000Z", id: 42)
        #expect(PageCursor(token: cursor.token) == cursor)
        #expect(PageCursor(token: "bogus") == nil)
        #expect(PageCursor(token: "") == nil)
    }
}
