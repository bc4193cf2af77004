import GRDB

extension CallStore {
    /// `PRAGMA synchronous` of the writer and of a reader connection (2 = FULL).
    public func synchronousLevels() throws -> [Int] {
        let writer = try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
        let reader = try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
        return [writer, reader]
    }

    /// How many triage results are kept for a call, the current one included.
    public func triageHistoryCount(callID: Int64) throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM triages WHERE call_id = ?", arguments: [callID]) ?? 0 }
    }
}
