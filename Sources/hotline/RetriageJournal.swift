import Foundation
import HotlineStore
import HotlineSystemd
import Logging

/// The journal entries of `hotline retriage`: one warning per call whose band rose, so a call that
/// a new catalog makes urgent reaches the operators' live list (`journalctl -p warning`).
///
/// Unlike `hotline export`, retriage writes to journald even when run from a terminal: these are
/// alerts for the operators, not progress for the person running it. Under `logging.destination:
/// auto` they go to journald whenever its socket exists, else to stderr (libsystemd drops entries
/// silently when no journald listens, so the choice is made here, not left to a send failing);
/// `journal` and `stderr` are taken as they are.
///
/// Entries carry the call id, both bands, the score and the catalog version: never a record's text.
enum RetriageJournal {
    private static let logger = Logger(label: "hotline.retriage")

    /// Bootstraps logging as `hotline-retriage`.
    static func start(destination: String) {
        let resolved: LogDestination =
            switch LogDestination(rawValue: destination) ?? .auto {
            case .stderr: .stderr
            case .journal: .journal
            case .auto: FileManager.default.fileExists(atPath: journalSocket) ? .journal : .stderr
            }
        HotlineLogging.bootstrap(destination: resolved, identifier: "hotline-retriage")
    }

    /// Where journald listens for native entries (sd_journal_sendv's destination).
    static let journalSocket = "/run/systemd/journal/socket"

    /// Reports `call` if its band rose; does nothing otherwise.
    static func report(_ call: RetriagedCall) {
        guard call.movement == .rose, let previous = call.previousBand else { return }
        let triage = call.triage
        logger.warning(
            "call \(call.callID) rose from \(previous) to \(triage.band) on retriage (score \(triage.score), catalog \(triage.catalogVersion))",
            metadata: HotlineEvent.retriageBandRose.metadata([
                "call_id": "\(call.callID)",
                "previous_band": "\(previous)",
                "band": "\(triage.band)",
                "score": "\(triage.score)",
                "catalog_version": "\(triage.catalogVersion)",
            ]))
    }
}
