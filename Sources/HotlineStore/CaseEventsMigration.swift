import GRDB

extension HotlineSchema {
    /// Case work: who has taken a call, a version raised by every change (the `ETag`), and an
    /// append-only history of what was done to the call. Events are never updated or deleted.
    static func registerCaseEvents(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-case-events") { db in
            try db.execute(sql: """
                ALTER TABLE calls ADD COLUMN assigned_to TEXT;
                ALTER TABLE calls ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
                CREATE TABLE call_events (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    call_id INTEGER NOT NULL REFERENCES calls(id),
                    at TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    from_status TEXT,
                    to_status TEXT,
                    reason TEXT,
                    assigned_to TEXT,
                    peer_uid INTEGER,
                    peer_user TEXT,
                    request_id TEXT
                );
                CREATE INDEX call_events_by_call ON call_events(call_id, id);
                """)
        }
    }

    /// Notes (append-only; the text is sensitive) and referrals with their outcome, and the events
    /// that name them.
    static func registerNotesAndReferrals(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-notes-and-referrals") { db in
            try db.execute(sql: """
                CREATE TABLE call_notes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    call_id INTEGER NOT NULL REFERENCES calls(id),
                    at TEXT NOT NULL,
                    text TEXT NOT NULL,
                    language TEXT,
                    adds_facts INTEGER NOT NULL,
                    peer_uid INTEGER,
                    peer_user TEXT
                );
                CREATE INDEX call_notes_by_call ON call_notes(call_id, id);
                CREATE TABLE referrals (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    call_id INTEGER NOT NULL REFERENCES calls(id),
                    target TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX referrals_by_call ON referrals(call_id, id);
                ALTER TABLE call_events ADD COLUMN note_id INTEGER;
                ALTER TABLE call_events ADD COLUMN referral_id INTEGER;
                ALTER TABLE call_events ADD COLUMN target TEXT;
                ALTER TABLE call_events ADD COLUMN outcome TEXT;
                """)
        }
    }

    /// Deadlines an operator sets by hand (with a reason code), and the events of a call scored
    /// again after a note that adds facts (the band before and after).
    static func registerDeadlinesAndFactTriage(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-deadlines-and-fact-triage") { db in
            try db.execute(sql: """
                ALTER TABLE calls ADD COLUMN due_at TEXT;
                ALTER TABLE calls ADD COLUMN due_reason TEXT;
                ALTER TABLE call_events ADD COLUMN due_at TEXT;
                ALTER TABLE call_events ADD COLUMN band_from TEXT;
                ALTER TABLE call_events ADD COLUMN band_to TEXT;
                """)
        }
    }

    /// Events by time, so the export's backlog at the end of a period reads the calls changed since
    /// instead of the whole history.
    static func registerEventTimeIndex(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-event-time-index") { db in
            try db.execute(sql: "CREATE INDEX call_events_by_time ON call_events(at)")
        }
    }
}
