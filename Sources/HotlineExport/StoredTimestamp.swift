import Foundation
import HotlineCore

/// Milliseconds since 1970 of a stored timestamp, read straight from its bytes.
///
/// The store writes `YYYY-MM-DDTHH:MM:SS.mmmZ` (``RFC3339/format(_:)``); that form is decoded by
/// arithmetic (a million of them in a year's export), anything else through ``RFC3339/parse(_:)``.
enum StoredTimestamp {
    static func milliseconds(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
        guard count == 24, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A, bytes[16] == 0x3A,
            bytes[19] == 0x2E, bytes[23] == 0x5A
        else { return slowPath(bytes, count) }
        var valid = true
        func number(_ start: Int, _ length: Int) -> Int64 {
            var value: Int64 = 0
            for index in start..<(start + length) {
                let digit = Int64(bytes[index]) - 48
                if digit < 0 || digit > 9 { valid = false }
                value = value * 10 + digit
            }
            return value
        }
        let year = number(0, 4), month = number(5, 2), day = number(8, 2)
        let hour = number(11, 2), minute = number(14, 2), second = number(17, 2), millisecond = number(20, 3)
        guard valid, (1...12).contains(month), (1...31).contains(day) else { return slowPath(bytes, count) }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond
    }

    private static func slowPath(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int64? {
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        return RFC3339.parse(text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
    }
}
