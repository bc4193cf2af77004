import Foundation
import GRDB
import HotlineCore

extension HotlineSchema {
    /// Identifier of the migration that makes retention possible.
    static let retentionMigrationIdentifier = "v8-retention"

    /// Registers the `v8-retention` migration: what shredding and legal holds need, and triage
    /// results without copies of the call's text.
    ///
    /// - `calls.shredded_at`, `calls.contact_shredded_at`: when the free text, and the contact
    ///   details, were shredded (`NULL` while kept), so readers know why the text is gone.
    /// - `calls.legal_hold_reason`, `legal_hold_at`, `legal_hold_by_uid`, `legal_hold_by_user`: the
    ///   supervisor's legal hold in force, who set it, when and why (`NULL` while none is).
    /// - `call_events.shred_scope`: what a `shredded` event removed (`free_text` or `contact`).
    /// - every stored `triages.result` is written again without its evidence snippets (offsets only);
    ///   the snippets are cut from the current text when a record is read.
    static func registerRetention(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration(retentionMigrationIdentifier) { db in
            try db.execute(sql: """
                ALTER TABLE calls ADD COLUMN shredded_at TEXT;
                ALTER TABLE calls ADD COLUMN contact_shredded_at TEXT;
                ALTER TABLE calls ADD COLUMN legal_hold_reason TEXT;
                ALTER TABLE calls ADD COLUMN legal_hold_at TEXT;
                ALTER TABLE calls ADD COLUMN legal_hold_by_uid INTEGER;
                ALTER TABLE calls ADD COLUMN legal_hold_by_user TEXT;
                ALTER TABLE call_events ADD COLUMN shred_scope TEXT;
                """)
            try removeEvidenceSnippets(in: db)
        }
    }

    /// Writes every stored triage result that carries evidence snippets again without them. A result
    /// that is not well-formed JSON (a damaged row) is left for `hotline db check` to report.
    static func removeEvidenceSnippets(in db: Database) throws {
        // In pages of ids, so no statement reads the table while it is written.
        let page = try db.cachedStatement(sql: """
            SELECT id, CAST(result AS BLOB) FROM triages
            WHERE id > ? AND instr(result, '"evidence"') > 0 ORDER BY id LIMIT 500
            """)
        let update = try db.cachedStatement(sql: "UPDATE triages SET result = ? WHERE id = ?")
        var last: Int64 = 0
        while true {
            let rows = try Row.fetchAll(page, arguments: [last])
            guard let final = rows.last else { return }
            last = final[0]
            for row in rows {
                let bytes = [UInt8]((row[1] as Data?) ?? Data())
                guard let tree = try? JSONValue.parse(bytes) else { continue }
                let stripped = EvidenceSnippets.removed(from: tree).serialized()
                if stripped != bytes {
                    try update.execute(arguments: [String(decoding: stripped, as: UTF8.self), row[0] as Int64])
                }
            }
        }
    }
}
