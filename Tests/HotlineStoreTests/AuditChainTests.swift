import Foundation
import GRDB
import HotlineCore
import HotlineStore
import Testing

/// The audit trail's hash chain against tampering done directly on the SQLite file, as someone
/// with the file in hand would do it: each kind of edit is caught, and the first bad entry named.
@Suite("Audit trail hash chain")
struct AuditChainTests {
    /// A store with `count` entries written through the daemon's recorder, closed; returns its path.
    func trail(of count: Int) async throws -> (path: String, folder: URL) {
        let (store, folder) = try makeTemporaryStore()
        let recorder = AuditRecorder(store: store)
        for n in 0..<count {
            let action: AuditAction = n % 3 == 0 ? .listCalls : .readCall
            recorder.record(AuditEntry(
                at: Date(timeIntervalSince1970: 1_796_000_000 + Double(n)), action: action, uid: 1000 + UInt32(n % 2),
                user: n % 2 == 0 ? "anne" : nil, roles: "operator", callID: action == .readCall ? Int64(n) : nil,
                callIDs: action == .listCalls ? [Int64(n), 17, 3] : [], requestID: "req-\(n)"))
        }
        await recorder.flush()
        #expect(recorder.backlog == 0)
        try store.close()
        return (store.path, folder)
    }

    func tamper(_ path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
    }

    @Test("an untouched trail verifies, entry by entry, and names its last hash")
    func intact() async throws {
        let (path, folder) = try await trail(of: 10)
        defer { try? FileManager.default.removeItem(at: folder) }
        let verification = try AuditFile.verify(databaseAt: path)
        #expect(verification.problem == nil)
        #expect(verification.entries == 10)
        let entries = try AuditFile.entries(AuditFilter(limit: 100), databaseAt: path)
        #expect(entries.map(\.id) == Array(1...10))
        #expect(verification.lastHash == entries.last?.hash)
        #expect(entries.first?.previousHash == StoredAuditEntry.genesisHash)
        #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.hash == $1.previousHash })
    }

    @Test("a changed field is caught at its entry")
    func changedField() async throws {
        let (path, folder) = try await trail(of: 10)
        defer { try? FileManager.default.removeItem(at: folder) }
        try tamper(path, "UPDATE audit_trail SET call_id = 99 WHERE id = 5")
        let problem = try #require(try AuditFile.verify(databaseAt: path).problem)
        #expect(problem.entryID == 5 && problem.kind == .changed)
    }

    @Test("a changed entry whose hash was recomputed breaks the link of the next")
    func recomputedHash() async throws {
        let (path, folder) = try await trail(of: 10)
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            var entry = try #require(try StoredAuditEntry.fetchOne(db, key: 4))
            entry.peerUser = "someone-else"
            entry.hash = entry.computedHash
            try entry.update(db)
        }
        try queue.close()
        let problem = try #require(try AuditFile.verify(databaseAt: path).problem)
        #expect(problem.entryID == 5 && problem.kind == .brokenLink)
    }

    @Test("a removed entry is caught where the ids jump, and one removed from the end by the id counter")
    func removed() async throws {
        let (path, folder) = try await trail(of: 10)
        defer { try? FileManager.default.removeItem(at: folder) }
        try tamper(path, "DELETE FROM audit_trail WHERE id = 6")
        let middle = try #require(try AuditFile.verify(databaseAt: path).problem)
        #expect(middle.entryID == 6 && middle.kind == .missing)

        let (tailPath, tailFolder) = try await trail(of: 10)
        defer { try? FileManager.default.removeItem(at: tailFolder) }
        try tamper(tailPath, "DELETE FROM audit_trail WHERE id IN (9, 10)")
        let tail = try #require(try AuditFile.verify(databaseAt: tailPath).problem)
        #expect(tail.entryID == 9 && tail.kind == .missing)
        #expect(try AuditFile.verify(databaseAt: tailPath).entries == 8)
    }

    @Test("two entries swapped, by content or by id, are caught at the first of them")
    func reordered() async throws {
        let (path, folder) = try await trail(of: 10)
        defer { try? FileManager.default.removeItem(at: folder) }
        let columns = "at, action, outcome, peer_uid, peer_user, roles, call_id, call_ids, detail, request_id, previous_hash, hash"
        let assignments = columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .map { "\($0) = (SELECT \($0) FROM original WHERE original.id = 7 - audit_trail.id)" }.joined(separator: ", ")
        try tamper(path, "CREATE TEMP TABLE original AS SELECT * FROM audit_trail; UPDATE audit_trail SET \(assignments) WHERE id IN (3, 4)")
        let swapped = try #require(try AuditFile.verify(databaseAt: path).problem)
        #expect(swapped.entryID == 3 && swapped.kind == .brokenLink)

        let (idPath, idFolder) = try await trail(of: 10)
        defer { try? FileManager.default.removeItem(at: idFolder) }
        try tamper(idPath, "UPDATE audit_trail SET id = -7 WHERE id = 7; UPDATE audit_trail SET id = 7 WHERE id = 8; UPDATE audit_trail SET id = 8 WHERE id = -7")
        let renumbered = try #require(try AuditFile.verify(databaseAt: idPath).problem)
        #expect(renumbered.entryID == 7)
    }

    @Test("appends from another process continue the chain, and the filters find a call in listing pages")
    func appendAndFilter() async throws {
        let (path, folder) = try await trail(of: 6)
        defer { try? FileManager.default.removeItem(at: folder) }
        try AuditFile.append([AuditEntry(at: Date(), action: .exportRun, uid: 0, user: "root", roles: "admin", detail: "period=2026-12-03", requestID: nil)],
                             toDatabaseAt: path)
        #expect(try AuditFile.verify(databaseAt: path).entries == 7)
        let aboutSeventeen = try AuditFile.entries(AuditFilter(callID: 17), databaseAt: path)
        #expect(aboutSeventeen.map(\.action) == ["list_calls", "list_calls"], "pages that listed call 17 (entries 1 and 4)")
        let aboutFour = try AuditFile.entries(AuditFilter(callID: 4), databaseAt: path)
        #expect(aboutFour.map(\.id) == [5], "the read of call 4 (entry 5); the page of entry 4 listed 3, 17, 3")
        #expect(try AuditFile.entries(AuditFilter(user: "anne"), databaseAt: path).map(\.id) == [1, 3, 5])
        #expect(try AuditFile.entries(AuditFilter(user: "1001"), databaseAt: path).map(\.id) == [2, 4, 6])
        #expect(try AuditFile.entries(AuditFilter(action: .exportRun), databaseAt: path).map(\.detail) == ["period=2026-12-03"])
        // The six written by the recorder are one second apart from 1_796_000_000; the export's is now.
        let since = Date(timeIntervalSince1970: 1_796_000_004)
        #expect(try AuditFile.entries(AuditFilter(since: since), databaseAt: path).map(\.id) == [5, 6, 7])
        #expect(try AuditFile.entries(AuditFilter(afterID: 5, limit: 1), databaseAt: path).map(\.id) == [6], "the next page")
    }
}
