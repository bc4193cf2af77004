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
        let ids = try await submitCalls(25, to: store)
        try store.close()
        // Take the file back to the schema before case work, as a database written by the earlier build.
        try await Self.rollBack(store.path, toBefore: "v3-case-events")

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

    @Test("a populated database of the schema before hand-set deadlines migrates: calls, events, notes and referrals kept; no deadline set by hand")
    func fromPopulatedNotesSchema() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ids = try await submitCalls(12, to: store)
        for (n, id) in ids.enumerated() {
            _ = try await store.change(id: id, expectedVersion: 1, change: CallChange(status: .inProgress, assignedTo: .some("op-\(n)")),
                                       peer: nil, requestID: "r\(n)")
            _ = try await store.addNote(NewNote(text: "Note \(n).", addsFacts: n % 2 == 0), toCall: id, peer: nil, requestID: nil)
            _ = try await store.refer(callID: id, to: .shelter, peer: nil, requestID: nil)
        }
        try store.close()
        try await Self.rollBack(store.path, toBefore: "v5-deadlines-and-fact-triage")

        let migrated = try CallStore(path: store.path)
        for (n, id) in ids.enumerated() {
            let record = try #require(try await migrated.record(id: id))
            #expect(record.submission.narrative == "Call \(n).")
            #expect(record.assignedTo == "op-\(n)" && record.version == 2)
            #expect(record.dueAt == nil && record.dueReason == nil)
            #expect(try await migrated.events(callID: id)?.map(\.kind) == ["status_changed", "assigned", "note_added", "referred"])
            #expect(try await migrated.notes(callID: id)?.map(\.note.text) == ["Note \(n)."])
            #expect(try await migrated.referrals(callID: id)?.map(\.target) == [.shelter])
        }
        let due = try #require(RFC3339.parse("2026-12-24T10:00:00Z"))
        let outcome = try await migrated.change(id: ids[0], expectedVersion: 2, change: CallChange(dueAt: .some(due), dueReason: .appointmentBooked),
                                                peer: nil, requestID: "r-due")
        guard case .changed(let changed) = outcome else { Issue.record("\(outcome)"); return }
        #expect(changed.dueAt == due && changed.dueReason == .appointmentBooked && changed.version == 3)
        let last = try #require(try await migrated.events(callID: ids[0])?.last)
        #expect(last.kind == "due_set" && last.dueAt == due && last.reason == "appointment_booked")
    }

    @Test("every case-work migration has its undo here, so each test can start from the schema before it")
    func undoCoversTheCaseWorkMigrations() {
        let identifiers = HotlineSchema.migrationIdentifiers
        let start = identifiers.firstIndex(of: "v3-case-events") ?? identifiers.endIndex
        #expect(Self.undo.map(\.identifier) == identifiers[start...].reversed())
    }

    /// Stores `count` calls ("Call 0." ...) and returns their ids.
    func submitCalls(_ count: Int, to store: CallStore) async throws -> [Int64] {
        var ids: [Int64] = []
        for n in 0..<count {
            guard case .created(let record) = try await store.submit(pending("m\(n)", narrative: "Call \(n).")) else {
                throw MigrationTestError.notCreated
            }
            ids.append(record.id)
        }
        return ids
    }

    enum MigrationTestError: Error { case notCreated }

    /// SQL that undoes each migration from case work on, newest first.
    static let undo: [(identifier: String, sql: String)] = [
        ("v9-one-triage-index-by-call", "CREATE INDEX triages_by_call ON triages(call_id, id);"),
        ("v8-retention", """
            ALTER TABLE calls DROP COLUMN shredded_at; ALTER TABLE calls DROP COLUMN contact_shredded_at;
            ALTER TABLE calls DROP COLUMN legal_hold_reason; ALTER TABLE calls DROP COLUMN legal_hold_at;
            ALTER TABLE calls DROP COLUMN legal_hold_by_uid; ALTER TABLE calls DROP COLUMN legal_hold_by_user;
            ALTER TABLE call_events DROP COLUMN shred_scope;
            """),
        ("v7-audit-trail", "DROP TABLE audit_trail;"),
        ("v6-event-time-index", "DROP INDEX call_events_by_time;"),
        ("v5-deadlines-and-fact-triage", """
            ALTER TABLE calls DROP COLUMN due_at; ALTER TABLE calls DROP COLUMN due_reason;
            ALTER TABLE call_events DROP COLUMN due_at; ALTER TABLE call_events DROP COLUMN band_from;
            ALTER TABLE call_events DROP COLUMN band_to;
            """),
        ("v4-notes-and-referrals", """
            DROP TABLE call_notes; DROP TABLE referrals;
            ALTER TABLE call_events DROP COLUMN note_id; ALTER TABLE call_events DROP COLUMN referral_id;
            ALTER TABLE call_events DROP COLUMN target; ALTER TABLE call_events DROP COLUMN outcome;
            """),
        ("v3-case-events", "DROP TABLE call_events; ALTER TABLE calls DROP COLUMN assigned_to; ALTER TABLE calls DROP COLUMN version;"),
    ]

    /// Takes the file back to the schema before migration `identifier`, as a database written by
    /// the build before it: undoes it and every later one, newest first.
    static func rollBack(_ path: String, toBefore identifier: String) async throws {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        try await queue.write { db in
            for step in undo {
                try db.execute(sql: step.sql)
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [step.identifier])
                if step.identifier == identifier { break }
            }
        }
    }
}
