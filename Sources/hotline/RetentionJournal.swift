import HotlineStore
import HotlineSystemd
import Logging

/// The journal entries of `hotline retention run` when it runs as `hotline-retention.service`:
/// one entry per run with the counts, never an id list or any text.
///
/// Only under journald (stderr is the journal stream, or `logging.destination: journal`): at a
/// terminal the same counts are printed on stdout.
enum RetentionJournal {
    private static let logger = Logger(label: "hotline.retention")
    nonisolated(unsafe) private static var isActive = false

    /// The run's `MESSAGE_ID`, for the command's help.
    static var messageID: String { HotlineEvent.retentionApplied.messageID }

    /// Bootstraps journald logging as `hotline-retention` if the configured destination resolves to it.
    static func start(destination: String) {
        guard HotlineLogging.resolve(LogDestination(rawValue: destination) ?? .auto) == .journal else { return }
        HotlineLogging.bootstrap(destination: .journal, identifier: "hotline-retention")
        isActive = true
    }

    /// The run is over: its counts.
    static func report(_ tally: RetentionTally, dryRun: Bool) {
        guard isActive else { return }
        logger.notice(
            "retention \(dryRun ? "dry run" : "run"): \(tally.freeTextShredded) calls' free text, \(tally.contactShredded) calls' contact, \(tally.skippedForLegalHold) held",
            metadata: HotlineEvent.retentionApplied.metadata([
                "free_text_shredded": "\(tally.freeTextShredded)", "contact_shredded": "\(tally.contactShredded)",
                "skipped_legal_hold": "\(tally.skippedForLegalHold)", "dry_run": "\(dryRun)",
            ]))
    }

    /// The run stopped on a database error (the details went to stderr, which is the journal too).
    static func failed() {
        guard isActive else { return }
        logger.error("retention run stopped on a database error", metadata: HotlineEvent.retentionApplied.metadata(["failed": "true"]))
    }
}
