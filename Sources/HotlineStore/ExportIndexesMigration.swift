import GRDB

extension HotlineSchema {
    /// Identifier of the migration that adds the indexes summary exports read through.
    static let exportIndexesMigrationIdentifier = "v2-export-indexes"

    /// Registers the `v2-export-indexes` migration: covering indexes so that a summary over a
    /// period reads narrow index pages instead of whole rows (narratives, triage JSON).
    ///
    /// - `calls_for_export`: every `calls` column a summary groups by, led by `received_at`, so a
    ///   period is one range scan of the index alone.
    /// - `triages_for_export`: the current triage's figures by id, so the join to `triages` does not
    ///   read the stored result JSON.
    /// - `triages_first_by_call`: a call's first triage time, for time from receipt to triage.
    ///
    /// Indexes only: no table changes, so a daemon one version older still reads and writes the file.
    static func registerExportIndexes(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration(exportIndexesMigrationIdentifier) { db in
            try db.execute(sql: """
                CREATE INDEX calls_for_export ON calls(
                    received_at, channel, language, caller_role, sector, subject_gender, subject_age,
                    subject_age_group, subject_region, status, triage_id);
                CREATE INDEX triages_for_export ON triages(
                    id, band, presumed, exploitation, flags, catalog_version, language);
                CREATE INDEX triages_first_by_call ON triages(call_id, id, assessed_at);
                """)
        }
    }
}
