internal import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Sends one structured entry to journald through `sd_journal_sendv(3)`.
public enum JournalSender {
    /// Sends `fields` (each `NAME=value`) as one journal entry.
    ///
    /// All fields are packed into a single buffer and the iovecs pointing into it are built and
    /// used inside one `withUnsafeMutableBytes`, so no pointer outlives its buffer.
    ///
    /// - Returns: `0` on success or a negative errno, as `sd_journal_sendv` returns it
    ///   (`-ECONNREFUSED`/`-ENOENT` when no journald listens at `/run/systemd/journal/socket`).
    @discardableResult
    public static func send(_ fields: [String]) -> CInt {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(fields.reduce(0) { $0 + $1.utf8.count })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(fields.count)
        for field in fields {
            let start = buffer.count
            buffer.append(contentsOf: field.utf8)
            ranges.append(start..<buffer.count)
        }
        return buffer.withUnsafeMutableBytes { raw -> CInt in
            guard let base = raw.baseAddress else { return -EINVAL }
            var vectors = ranges.map { iovec(iov_base: base + $0.lowerBound, iov_len: $0.count) }
            return vectors.withUnsafeMutableBufferPointer { sd_journal_sendv($0.baseAddress, CInt($0.count)) }
        }
    }
}
