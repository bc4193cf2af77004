import GRDB

/// The database schema, as a list of migrations. Shipped migrations are never edited: a change
/// is a new migration. The schema version is the number of the last migration applied.
public enum HotlineSchema {
    /// Identifiers of the migrations, in order. `hotline db check` reports how many are applied.
    public static var migrationIdentifiers: [String] { migrator.migrations }

    /// The schema version this build writes.
    public static var currentVersion: Int { migrationIdentifiers.count }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-calls-and-triage") { db in
            try db.execute(sql: """
                CREATE TABLE calls (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    external_id TEXT UNIQUE,
                    received_at TEXT NOT NULL,
                    received_at_defaulted INTEGER NOT NULL,
                    stored_at TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'new',
                    channel TEXT NOT NULL,
                    language TEXT,
                    caller_role TEXT NOT NULL,
                    narrative TEXT NOT NULL,
                    checklist TEXT,
                    sector TEXT,
                    operator TEXT,
                    subject_age INTEGER,
                    subject_age_group TEXT,
                    subject_gender TEXT,
                    subject_nationality TEXT,
                    subject_municipality TEXT,
                    subject_region TEXT,
                    contact_name TEXT,
                    contact_phone TEXT,
                    contact_email TEXT,
                    peer_uid INTEGER,
                    peer_gid INTEGER,
                    peer_pid INTEGER,
                    peer_user TEXT,
                    triage_id INTEGER REFERENCES triages(id)
                );
                CREATE INDEX calls_by_time ON calls(received_at DESC, id DESC);
                CREATE INDEX calls_by_status ON calls(status, received_at DESC, id DESC);

                -- Every triage result ever computed for a call; calls.triage_id names the current one.
                CREATE TABLE triages (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    call_id INTEGER NOT NULL REFERENCES calls(id),
                    assessed_at TEXT NOT NULL,
                    catalog_version TEXT NOT NULL,
                    score INTEGER NOT NULL,
                    band TEXT NOT NULL,
                    presumed INTEGER NOT NULL,
                    language TEXT NOT NULL,
                    exploitation TEXT NOT NULL,
                    flags TEXT NOT NULL,
                    result TEXT NOT NULL
                );
                CREATE INDEX triages_by_call ON triages(call_id, id);

                -- The indicators of each triage, for statistics without parsing JSON.
                CREATE TABLE triage_indicators (
                    triage_id INTEGER NOT NULL REFERENCES triages(id),
                    indicator_id TEXT NOT NULL,
                    dimension TEXT NOT NULL,
                    PRIMARY KEY (triage_id, indicator_id)
                ) WITHOUT ROWID;

                -- Small named values, such as the last day exported.
                CREATE TABLE settings (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        registerExportIndexes(in: &migrator)
        registerCaseEvents(in: &migrator)
        registerNotesAndReferrals(in: &migrator)
        registerDeadlinesAndFactTriage(in: &migrator)
        registerEventTimeIndex(in: &migrator)
        registerAuditTrail(in: &migrator)
        registerRetention(in: &migrator)
        registerTriageIndex(in: &migrator)
        return migrator
    }
}
