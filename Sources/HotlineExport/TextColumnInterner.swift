import Foundation
import GRDB
import GRDBSQLite

/// Gives each distinct text value of one result column a small integer code, reading SQLite's
/// bytes in place: a million-row scan allocates one Swift `String` per *distinct* value, not per row.
///
/// Code 0 is SQL `NULL`. Summary columns hold a handful of distinct values (vocabularies, bands,
/// flag lists), which a linear byte comparison finds fastest; past `linearLimit` values (free text
/// such as regions) a dictionary takes over.
struct TextColumnInterner {
    /// `values[code]`; `values[0]` is `nil` (SQL `NULL`).
    private(set) var values: [String?] = [nil]
    private var bytes: [[UInt8]] = [[]]
    private var overflow: [String: Int] = [:]
    private let linearLimit = 24

    /// The code of column `column` of the current row of `statement`.
    mutating func code(_ statement: SQLiteStatement, _ column: Int32) -> Int {
        guard let text = sqlite3_column_text(statement, column) else { return 0 }
        let count = Int(sqlite3_column_bytes(statement, column))
        let limit = Swift.min(bytes.count, linearLimit)
        var index = 1
        while index < limit {
            let candidate = bytes[index]
            if candidate.count == count, candidate.withUnsafeBufferPointer({ memcmp($0.baseAddress!, text, count) == 0 }) {
                return index
            }
            index += 1
        }
        let value = String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
        if bytes.count >= linearLimit, let code = overflow[value] {
            return code
        }
        values.append(value)
        bytes.append(Array(UnsafeBufferPointer(start: text, count: count)))
        let code = values.count - 1
        if code >= linearLimit {
            overflow[value] = code
        }
        return code
    }
}
