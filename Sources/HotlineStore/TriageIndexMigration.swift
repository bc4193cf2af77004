import GRDB

extension HotlineSchema {
    /// One index of a call's triages instead of two: `triages_by_call (call_id, id)` is the start of
    /// `triages_first_by_call (call_id, id, assessed_at)`, which answers every lookup the shorter one
    /// did. Every stored record wrote an entry, and a page, into each of them.
    static func registerTriageIndex(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v9-one-triage-index-by-call") { db in
            try db.execute(sql: "DROP INDEX IF EXISTS triages_by_call")
        }
    }
}
