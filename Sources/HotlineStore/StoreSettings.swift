import Foundation
import GRDB

/// The `settings` table: small named values such as the last day exported.
public enum StoreSettings {
    /// Key of the last calendar day (`YYYY-MM-DD`) whose nightly summary was written.
    public static let lastExportedDayKey = "export.last_exported_day"

    /// The value stored under `key`, or `nil`.
    public static func value(forKey key: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key])
    }

    /// Stores `value` under `key` unless the stored value already sorts at or after it, in one short
    /// write transaction on its own connection (busy timeout 10 s, `synchronous = FULL`).
    ///
    /// Monotonic on purpose: for ISO dates "sorts after" is "later", so two exports racing, or an
    /// old day re-exported by hand, never move the mark backwards.
    ///
    /// - Returns: the value stored after the call.
    @discardableResult
    public static func advance(_ value: String, forKey key: String, databasePath: String) throws -> String {
        var configuration = Configuration()
        configuration.label = "hotline-settings"
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw ReadOnlyStoreError.missingFile(databasePath)
        }
        let queue = try DatabaseQueue(path: databasePath, configuration: configuration)
        defer { try? queue.close() }
        return try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO settings (key, value) VALUES (?, ?)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE excluded.value > settings.value
                    """,
                arguments: [key, value])
            return try Self.value(forKey: key, in: db) ?? value
        }
    }
}
