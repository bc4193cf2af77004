import Foundation
import GRDB
import HotlineCore

/// Checks every stored row at the level of the application, beyond what SQLite's integrity check
/// sees: a byte changed inside a value leaves the file's structure sound but the record unreadable.
///
/// For each call: every text column is valid UTF-8, `received_at` and `stored_at` are timestamps,
/// `status`, `channel` and `caller_role` are in their vocabularies, the checklist is JSON of known
/// answers, and its current triage exists. For each triage: valid UTF-8, `assessed_at` a timestamp,
/// `result` valid JSON, its call exists. Reads row by row (a cursor), so memory stays flat.
public enum StoredRowCheck {
    /// The damaged rows, at most `limit` of them, and how many there are in all.
    public static func run(_ db: Database, limit: Int = 1000) throws -> (rows: [DamagedRow], total: Int) {
        var found: [DamagedRow] = []
        var total = 0
        func report(_ row: DamagedRow) {
            total += 1
            if found.count < limit { found.append(row) }
        }
        guard try db.tableExists("calls"), try db.tableExists("triages") else { return ([], 0) }
        try scanCalls(db, report: report)
        try scanTriages(db, report: report)
        return (found, total)
    }

    private static func textColumns(of table: String, in db: Database) throws -> [String] {
        try db.columns(in: table).filter { $0.type.uppercased() == "TEXT" }.map(\.name)
    }

    /// Each text column as its raw bytes, so invalid UTF-8 is seen rather than repaired on the way.
    private static func selection(_ columns: [String], table: String) -> String {
        columns.map { "CAST(\(table).\($0) AS BLOB) AS \($0)" }.joined(separator: ", ")
    }

    private static func scanCalls(_ db: Database, report: (DamagedRow) -> Void) throws {
        let columns = try textColumns(of: "calls", in: db)
        let sql = """
            SELECT calls.id AS id, calls.triage_id AS triage_id, triages.id AS current_triage, \(selection(columns, table: "calls"))
            FROM calls LEFT JOIN triages ON triages.id = calls.triage_id ORDER BY calls.id
            """
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            var problems: [String] = []
            var text: [String: String] = [:]
            for column in columns {
                guard let bytes = row[column] as Data? else { continue }
                if let value = String(validating: bytes, as: UTF8.self) {
                    text[column] = value
                } else {
                    problems.append("\(column) is not valid UTF-8")
                }
            }
            for column in ["received_at", "stored_at"] where text[column].flatMap(RFC3339.parse) == nil {
                if !problems.contains("\(column) is not valid UTF-8") { problems.append("\(column) is not a timestamp") }
            }
            if let status = text["status"], CallStatus(rawValue: status) == nil { problems.append("status is not a known status") }
            if let channel = text["channel"], CallChannel(rawValue: channel) == nil { problems.append("channel is not a known channel") }
            if let role = text["caller_role"], CallerRole(rawValue: role) == nil { problems.append("caller_role is not a known role") }
            if let checklist = text["checklist"],
                CallRow.checklist(checklist) == nil
            {
                problems.append("checklist is not valid JSON of checklist answers")
            }
            if (row["triage_id"] as Int64?) != nil, (row["current_triage"] as Int64?) == nil {
                problems.append("its current triage is missing")
            }
            if !problems.isEmpty { report(DamagedRow(table: "calls", id: id, callID: id, problems: problems)) }
        }
    }

    private static func scanTriages(_ db: Database, report: (DamagedRow) -> Void) throws {
        let columns = try textColumns(of: "triages", in: db)
        let sql = """
            SELECT triages.id AS id, triages.call_id AS call_id, calls.id AS owner, \(selection(columns, table: "triages"))
            FROM triages LEFT JOIN calls ON calls.id = triages.call_id ORDER BY triages.id
            """
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            let callID: Int64? = row["call_id"]
            var problems: [String] = []
            for column in columns where column != "result" {
                guard let bytes = row[column] as Data? else { continue }
                if String(validating: bytes, as: UTF8.self) == nil {
                    problems.append("\(column) is not valid UTF-8")
                } else if column == "assessed_at", RFC3339.parse(String(decoding: bytes, as: UTF8.self)) == nil {
                    problems.append("assessed_at is not a timestamp")
                }
            }
            // The strict parser also refuses invalid UTF-8 inside the JSON text.
            let result = (row["result"] as Data?).map { Array($0) } ?? []
            if (try? JSONValue.parse(result)) == nil { problems.append("result is not valid JSON") }
            if (row["owner"] as Int64?) == nil { problems.append("its call is missing") }
            if !problems.isEmpty { report(DamagedRow(table: "triages", id: id, callID: callID, problems: problems)) }
        }
    }
}
