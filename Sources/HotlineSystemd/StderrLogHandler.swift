import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The fallback `LogHandler` for a process that is not attached to journald: one plain line per
/// entry on stderr.
///
/// ```
/// 2026-11-29T15:04:05Z warning hotlined: Request rejected call_id=c-17 message_id=582c…
/// ```
/// Fields: UTC timestamp, level, identifier, message, then metadata as `key=value` sorted by key.
/// Newlines and other control characters are escaped, so one entry is always one line.
public struct StderrLogHandler: LogHandler {
    /// The logger's label (not printed; kept for parity with ``JournaldLogHandler``).
    public let label: String
    /// The name printed before the message.
    public let identifier: String
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info

    /// Creates a handler writing to file descriptor 2.
    public init(
        label: String,
        identifier: String = "hotlined",
        metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider
    ) {
        self.label = label
        self.identifier = identifier
        self.metadataProvider = metadataProvider
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var line = line(for: event)
        line.append("\n")
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(2, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// The line (without the trailing newline) that `event` produces.
    public func line(for event: LogEvent) -> String {
        var line = Self.timestamp() + " \(event.level) \(identifier): "
        line += LogText.sanitized(event.message.description, keepNewlines: false)
        if let error = event.error { line += " error_type=" + String(reflecting: type(of: error)) }
        let all = LogText.merged(handler: metadata, provider: metadataProvider, event: event.metadata)
        for (key, value) in all.sorted(by: { $0.key < $1.key }) {
            line += " " + LogText.sanitized(key, keepNewlines: false) + "="
            line += LogText.sanitized(LogText.render(value), keepNewlines: false)
        }
        return line
    }

    private static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
