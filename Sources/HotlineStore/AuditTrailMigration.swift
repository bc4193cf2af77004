import GRDB

extension HotlineSchema {
    /// The audit trail: an append-only, hash-chained record of who read, listed, changed, exported
    /// or was refused what. Ids and codes only. Rows are never updated or deleted; `hotline audit
    /// verify` finds any that were.
    static func registerAuditTrail(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7-audit-trail") { db in
            try db.execute(sql: """
                CREATE TABLE audit_trail (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    action TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    peer_uid INTEGER,
                    peer_user TEXT,
                    roles TEXT NOT NULL,
                    call_id INTEGER,
                    call_ids TEXT,
                    detail TEXT,
                    request_id TEXT,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX audit_trail_by_call ON audit_trail(call_id) WHERE call_id IS NOT NULL;
                """)
            // No index by user or time: every submission, change and read adds an entry, and each
            // index is one more B-tree to update; asking by user or time is an auditor's rare
            // question, answered by reading the trail in order.
        }
    }
}
