import HotlineSystemd
import Logging

/// The journal entries of `hotline export` when it runs as `hotline-export.service`.
///
/// Only under journald (stderr is the journal stream, or `logging.destination: journal`): an operator
/// at a terminal already sees the paths on stdout. Entries carry the day and the file count, never
/// a figure of the summary.
enum ExportJournal {
    private static let logger = Logger(label: "hotline.export")
    nonisolated(unsafe) private static var isActive = false

    /// Bootstraps journald logging as `hotline-export` if the configured destination resolves to it.
    static func start(destination: String) {
        guard HotlineLogging.resolve(LogDestination(rawValue: destination) ?? .auto) == .journal else { return }
        HotlineLogging.bootstrap(destination: .journal, identifier: "hotline-export")
        isActive = true
    }

    /// One summary's files are in place.
    static func written(_ name: String, paths: [String]) {
        guard isActive else { return }
        logger.notice(
            "summary \(name) exported: \(paths.count) files",
            metadata: HotlineEvent.exportWritten.metadata(["summary": "\(name)", "files": "\(paths.count)"]))
    }
}
