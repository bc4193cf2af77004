import GRDB
import HotlineCore

/// Gives a stored triage result its evidence snippets back when a record is read: the store keeps
/// offsets only, and the snippets are cut from the call's narrative and notes as they are now.
enum EvidenceText {
    /// `stored` with its snippets spliced in (no tree built), or `stored` as it is when it has no
    /// evidence to cut from.
    static func restore(_ stored: StoredJSON, callID: Int64, narrative: String, in db: Database) throws -> StoredJSON {
        var notes: [Int64: String]?
        var failure: (any Error)?
        let restored = EvidenceSnippets.restoredBytes(stored, narrative: narrative) { noteID in
            if notes == nil {
                do {
                    notes = try Dictionary(
                        Row.fetchAll(db.cachedStatement(sql: "SELECT id, text FROM call_notes WHERE call_id = ?"), arguments: [callID])
                            .map { ($0[0] as Int64, $0[1] as String) },
                        uniquingKeysWith: { first, _ in first })
                } catch {
                    failure = error
                    notes = [:]
                }
            }
            return notes?[noteID]
        }
        if let failure { throw failure }
        return StoredJSON(serializedByThisProcess: restored)
    }
}
