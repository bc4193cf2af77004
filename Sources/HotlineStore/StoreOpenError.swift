import Foundation

/// Why the store refuses to open a database file. Both are permanent: starting again does not help.
public enum StoreOpenError: Error, Equatable, CustomStringConvertible {
    /// The file exists but has no bytes: not a database, and opening it would start a new, empty
    /// store (ids from 1 again) where the operator expected the old one.
    case emptyFile(path: String)
    /// SQLite's `quick_check` (or opening the file) found damage: the lines it reported (page and
    /// cell numbers, never a stored value).
    case damaged(path: String, findings: [String])

    public var description: String {
        switch self {
        case .emptyFile(let path):
            "\(path) exists but is empty (0 bytes): it is not a hotline database, and starting on it would begin a "
                + "new, empty store with ids from 1. Restore the database from a backup, or, to start a new store in "
                + "this file on purpose, start once with --initialize-database"
        case .damaged(let path, let findings):
            "\(path) is damaged; SQLite's quick_check reports: \(Self.summary(of: findings)). The damage is permanent: "
                + "it will not go away by restarting, and nothing will be written into this file. Keep a copy of it, "
                + "restore the last backup (or recover what is readable with `sqlite3 \(path) .recover`), then start again"
        }
    }

    /// Refuses an existing file of zero bytes whose write-ahead log holds nothing either. A missing
    /// file is fine: SQLite creates it.
    static func refuseEmptyFile(at path: String) throws {
        guard let size = Self.size(of: path), size == 0 else { return }
        if let logSize = Self.size(of: path + "-wal"), logSize > 0 { return }
        throw StoreOpenError.emptyFile(path: path)
    }

    private static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }

    private static func summary(of findings: [String]) -> String {
        let shown = findings.prefix(5).joined(separator: "; ")
        return findings.count > 5 ? "\(shown); and \(findings.count - 5) more" : shown
    }
}
