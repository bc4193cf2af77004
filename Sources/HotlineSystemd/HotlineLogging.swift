import Logging

/// Sets up swift-log for the hotline programs.
///
/// ```swift
/// HotlineLogging.bootstrap(destination: config.logging.destination, identifier: "hotlined")
/// let logger = Logger(label: "hotlined")
/// logger.notice("Daemon ready", metadata: HotlineEvent.daemonReady.metadata())
/// ```
public enum HotlineLogging {
    /// Installs the log handler for the whole process. Call it once, early in `main`
    /// (swift-log allows only one bootstrap per process).
    ///
    /// - Parameters:
    ///   - destination: ``LogDestination/auto`` picks journald when stderr is the journal stream.
    ///   - identifier: `SYSLOG_IDENTIFIER` of every entry, e.g. `hotlined` or `hotline-export`.
    ///   - level: The lowest level written. Debug output is off by default so that nothing
    ///     verbose reaches the journal by accident.
    public static func bootstrap(destination: LogDestination, identifier: String, level: Logger.Level = .info) {
        let resolved = resolve(destination)
        LoggingSystem.bootstrap { label -> any LogHandler in
            makeHandler(
                label: label, destination: resolved, identifier: identifier, level: level,
                metadataProvider: LoggingSystem.metadataProvider
            )
        }
    }

    /// The concrete destination `destination` stands for in this process: never ``LogDestination/auto``.
    public static func resolve(_ destination: LogDestination) -> LogDestination {
        switch destination {
        case .auto: JournalStream.isAttached() ? .journal : .stderr
        case .journal, .stderr: destination
        }
    }

    /// A handler for `destination` (``LogDestination/auto`` is resolved first).
    public static func makeHandler(
        label: String,
        destination: LogDestination,
        identifier: String,
        level: Logger.Level = .info,
        metadataProvider: Logger.MetadataProvider? = nil
    ) -> any LogHandler {
        switch resolve(destination) {
        case .journal:
            var handler = JournaldLogHandler(label: label, identifier: identifier, metadataProvider: metadataProvider)
            handler.logLevel = level
            return handler
        case .stderr, .auto:
            var handler = StderrLogHandler(label: label, identifier: identifier, metadataProvider: metadataProvider)
            handler.logLevel = level
            return handler
        }
    }
}
