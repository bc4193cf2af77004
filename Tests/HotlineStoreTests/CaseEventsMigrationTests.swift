import Foundation
import GRDB
import HotlineCore
import HotlineStore
import Testing

@Suite("Case events migration")
struct CaseEventsMigrationTests {
    @Test("a populated database of the schema before case work migrates: every call kept, version 1, nobody assigned, no events; notes and referrals work")
    func fromPopulatedEarlierSchema() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        var ids: [Int64] = []
        for n in 0..<25 {
            guard case .created(let record) = try await store.submit(pending("m\(n)", narrative: "Call \(n).")) else {
                Issue.record("not created"); return
            }
            ids.append(record.id)
        }
        try store.close()
        // Take the file back to the schema before case work, as a database written by the earlier build.
        let queue = try DatabaseQueue(path: store.path)
        try await queue.write { db in
            try db.execute(sql: """
                DROP TABLE call_events;
                DROP TABLE call_notes;
                DROP TABLE referrals;
                DELETE FROM grdb_migrations WHERE identifier = 'v4-notes-and-referrals';
                ALTER TABLE calls DROP COLUMN assigned_to;
                ALTER TABLE calls DROP COLUMN version;
                DELETE FROM grdb_migrations WHERE identifier = 'v3-case-events';
                """)
        }
        try queue.close()

        let migrated = try CallStore(path: store.path)
        for (n, id) in ids.enumerated() {
            let record = try #require(try await migrated.record(id: id))
            #expect(record.submission.narrative == "Call \(n).")
            #expect(record.version == 1)
            #expect(record.assignedTo == nil)
            #expect(record.status == .new)
            #expect(try await migrated.events(callID: id) == [])
        }
        // And the migrated calls can be worked.
        let outcome = try await migrated.change(id: ids[0], expectedVersion: 1, change: CallChange(status: .inProgress),
                                                peer: nil, requestID: "r1")
        guard case .changed(let changed) = outcome else { Issue.record("\(outcome)"); return }
        #expect(changed.version == 2)
        #expect(try await migrated.events(callID: ids[0])?.count == 1)
        #expect(try await migrated.addNote(NewNote(text: "Ringede igen."), toCall: ids[0], peer: nil, requestID: nil) != nil)
        #expect(try await migrated.refer(callID: ids[0], to: .police, peer: nil, requestID: nil)?.outcome == .pending)
        #expect(try await migrated.events(callID: ids[0])?.map(\.kind) == ["status_changed", "note_added", "referred"])
    }
}
