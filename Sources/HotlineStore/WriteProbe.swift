import Foundation
import GRDB
import HotlineCore

/// A write of the store's own, to learn whether writes work again after one failed, even when no
/// client writes: one row of `settings` holding the time of the last successful probe, committed
/// durably like any record. It never touches a call.
enum WriteProbe {
    /// The `settings` key the probe writes.
    static let key = "health.last_write_probe"

    static func write(in db: Database, at now: Date = Date()) throws {
        try db.execute(
            sql: "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, RFC3339.format(now)])
    }
}
