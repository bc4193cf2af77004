#if canImport(Glibc)
import Glibc
#endif

/// Detects whether a file descriptor is the stream systemd connected to journald.
///
/// systemd sets `JOURNAL_STREAM=<device>:<inode>` (decimal) for a service whose stderr (or stdout)
/// goes to the journal. Checking the variable alone is not enough, because a child may have
/// redirected its stderr while inheriting the variable; the descriptor's own device and inode must match.
public enum JournalStream {
    /// Whether `descriptor` (stderr by default) is the journal stream named by `JOURNAL_STREAM`.
    /// - Parameter environmentValue: the value to compare; defaults to the process's `JOURNAL_STREAM`.
    public static func isAttached(descriptor: CInt = 2, environmentValue: String? = nil) -> Bool {
        let value = environmentValue ?? getenv("JOURNAL_STREAM").map { String(cString: $0) }
        guard let value else { return false }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return false }
        return UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }
}
