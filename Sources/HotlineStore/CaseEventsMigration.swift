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
}
