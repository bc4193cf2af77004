import Foundation
import GRDB
import GRDBSQLite

/// Gives each distinct text value of one result column a small integer code, reading SQLite's
/// bytes in place: a million-row scan allocates one Swift `String` per *distinct* value, not per row.
///
/// Code 0 is SQL `NULL`. Known values live in one contiguous byte buffer, found through an
/// open-addressing table keyed by an FNV-1a hash of the bytes.
struct TextColumnInterner {
    /// `values[code]`; `values[0]` is `nil` (SQL `NULL`).
    private(set) var values: [String?] = [nil]
    private var storage: [UInt8] = []
    private var offsets: [Int] = [0]
    private var lengths: [Int] = [0]
    /// Codes by hash slot; 0 is an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)

    /// The code of column `column` of the current row of `statement`.
    mutating func code(_ statement: SQLiteStatement, _ column: Int32) -> Int {
        guard let text = sqlite3_column_text(statement, column) else { return 0 }
        let count = Int(sqlite3_column_bytes(statement, column))
        let hash = Self.hash(text, count)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = Int(slots[slot])
            if code == 0 { break }
            if lengths[code] == count, storage.withUnsafeBufferPointer({ memcmp($0.baseAddress! + offsets[code], text, count) == 0 }) {
                return code
            }
            slot = (slot + 1) & mask
        }
        return insert(text, count, slot: slot)
    }

    private mutating func insert(_ text: UnsafePointer<UInt8>, _ count: Int, slot: Int) -> Int {
        let bytes = UnsafeBufferPointer(start: text, count: count)
        values.append(String(decoding: bytes, as: UTF8.self))
        offsets.append(storage.count)
        lengths.append(count)
        storage.append(contentsOf: bytes)
        let code = values.count - 1
        slots[slot] = Int32(code)
        if code * 2 > slots.count { rehash() }
        // An empty string still needs a valid base address for memcmp.
        if storage.isEmpty { storage.append(0) }
        return code
    }

    private mutating func rehash() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for code in 1..<values.count {
            let hash = storage.withUnsafeBufferPointer { Self.hash($0.baseAddress! + offsets[code], lengths[code]) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(code)
        }
    }

    private static func hash(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
        }
        return hash
    }
}
