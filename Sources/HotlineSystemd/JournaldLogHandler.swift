import Logging

/// A swift-log `LogHandler` that writes structured entries straight to journald.
///
/// Each log call becomes one journal entry with these fields:
/// - `MESSAGE`: the message, control characters other than newline and tab escaped;
/// - `PRIORITY`: the syslog priority of the level (see ``Logging/Logger/Level/syslogPriority``);
/// - `SYSLOG_IDENTIFIER`: ``identifier`` (`hotlined` by default, matching the unit's `SyslogIdentifier=`);
/// - `CODE_FILE`, `CODE_LINE`, `CODE_FUNC`: the call site (`sd_journal_sendv` does not add them);
/// - `LOGGER`: the logger's label;
/// - `ERROR_TYPE`: the type name of an attached error (never its description, which may quote input);
/// - one field per metadata key, named by ``JournalFieldName/mapping(_:)``: `call_id` → `CALL_ID`,
///   `message_id` → `MESSAGE_ID`, `hb.request.id` → `HB_REQUEST_ID`.
///
/// The handler writes whatever it is given: keeping personal data (narratives, names, phone numbers,
/// e-mail addresses, street addresses) out of messages and metadata is the caller's duty.
/// Log pseudonymous identifiers, bands, scores and counts only.
///
/// If journald cannot be reached, the entry is written to stderr in the ``StderrLogHandler``
/// format instead of being lost.
public struct JournaldLogHandler: LogHandler {
    /// The logger's label, written as `LOGGER`.
    public let label: String
    /// The value of `SYSLOG_IDENTIFIER`.
    public let identifier: String
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info

    /// Creates a handler.
    /// - Parameters:
    ///   - label: The logger's label.
    ///   - identifier: The `SYSLOG_IDENTIFIER` of every entry.
    ///   - metadataProvider: Contextual metadata added to every entry.
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
        let fields = journalFields(for: event)
        if JournalSender.send(fields) < 0 {
            var fallback = StderrLogHandler(label: label, identifier: identifier, metadataProvider: metadataProvider)
            fallback.metadata = metadata
            fallback.log(event: event)
        }
    }

    /// The `NAME=value` fields of the entry `event` produces, in the order they are sent.
    public func journalFields(for event: LogEvent) -> [String] {
        var fields = [
            "MESSAGE=" + LogText.sanitized(event.message.description, keepNewlines: true),
            "PRIORITY=\(event.level.syslogPriority)",
            "SYSLOG_IDENTIFIER=" + identifier,
            "CODE_FILE=" + event.file,
            "CODE_LINE=\(event.line)",
            "CODE_FUNC=" + event.function,
        ]
        if !label.isEmpty { fields.append("LOGGER=" + label) }
        if let error = event.error { fields.append("ERROR_TYPE=" + String(reflecting: type(of: error))) }
        let all = LogText.merged(handler: metadata, provider: metadataProvider, event: event.metadata)
        for (key, value) in all.sorted(by: { $0.key < $1.key }) {
            fields.append(JournalFieldName.metadataField(key) + "=" + LogText.sanitized(LogText.render(value), keepNewlines: true))
        }
        return fields
    }
}
