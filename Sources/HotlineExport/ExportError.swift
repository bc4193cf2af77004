/// Why an export did not happen. ``isUsageError`` separates the caller's mistakes (exit 64) from
/// I/O and database failures (exit 74).
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// Not a `YYYY-MM-DD` day (or not a real one).
    case malformedDay(String)
    /// Not a four-digit year.
    case malformedYear(String)
    /// The day (or the end of the period) is today or later in the export time zone.
    case notOver(String, timeZone: String)
    /// `--to` before `--from`.
    case emptyRange(from: String, to: String)
    /// Options that cannot go together.
    case conflictingOptions(String)
    /// The configured time zone is not an IANA name.
    case unknownTimeZone(String)
    /// A negative small-cell threshold.
    case invalidThreshold(Int)
    /// The export directory does not exist.
    case missingDirectory(String)
    /// The export path exists but is not a directory.
    case notADirectory(String)
    /// A file could not be created, written, synced or renamed (permission, disk full, …).
    case writeFailed(path: String, reason: String)
    /// The database could not be opened or read, or the mark could not be recorded.
    case database(String)

    /// Whether the caller asked for something impossible (exit 64) rather than the system failing (exit 74).
    public var isUsageError: Bool {
        switch self {
        case .malformedDay, .malformedYear, .notOver, .emptyRange, .conflictingOptions: true
        case .unknownTimeZone, .invalidThreshold, .missingDirectory, .notADirectory, .writeFailed, .database: false
        }
    }

    public var description: String {
        switch self {
        case .malformedDay(let text): "'\(text)' is not a valid date of the form YYYY-MM-DD"
        case .malformedYear(let text): "'\(text)' is not a year of the form YYYY"
        case .notOver(let day, let zone): "\(day) is not over yet in \(zone); only past days can be exported"
        case .emptyRange(let from, let to): "--to \(to) is before --from \(from)"
        case .conflictingOptions(let message): message
        case .unknownTimeZone(let name): "export.time_zone '\(name)' is not a known time zone"
        case .invalidThreshold(let value): "export.small_cell_threshold \(value) is negative"
        case .missingDirectory(let path): "export directory \(path) does not exist"
        case .notADirectory(let path): "export directory \(path) is not a directory"
        case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
        case .database(let message): "database: \(message)"
        }
    }
}
