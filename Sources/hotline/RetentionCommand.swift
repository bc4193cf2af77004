import ArgumentParser
import Foundation
import HotlineCore
import HotlineStore

/// `hotline retention`: the retention policy's commands.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Apply the retention policy: shred free text and contact details that are due.",
        subcommands: [RetentionRunCommand.self]
    )
}

/// `hotline retention run [--dry-run]`: shreds what the configuration's `retention:` policy makes
/// due, opening the database directly as `hotline export` does.
struct RetentionRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Shred the free text and contact details the retention policy makes due (counts only).",
        discussion: """
            The policy is the configuration's retention: section. A closed call has its contact \
            details shredded contact_days_after_close days after closing, and its free text \
            (narrative, notes, operator initials, municipality, and the contact with it) \
            free_text_days_after_close days after; a call never closed, unclosed_days_after_received \
            days after it was received (unless ~). Calls under legal hold are skipped and counted. \
            Each shredded call gets a shredded event (reason retention); coded data stays, so past \
            exports do not change. The run ends with a truncating checkpoint, so the text is gone from \
            the database file and its -wal.

            Safe beside the running daemon: calls are shredded in short transactions. The database is \
            never migrated: a file at another schema version is refused (exit 74). Prints counts only, \
            and logs them to journald (MESSAGE_ID \(RetentionJournal.messageID)).

            Exit codes: 0 ok; 64 usage error; 74 I/O or database error.

            Example:
              hotline retention run --config /etc/hotline/hotline.yaml --dry-run
            """
    )

    @OptionGroup var location: DatabaseOptions

    @Flag(help: "Count what is due; write nothing.")
    var dryRun = false

    func run() throws {
        let configuration = try location.configuration()
        let path = location.databasePath(in: configuration)
        let store = try DirectStoreOpening.open(path) { try RetentionStore.open(path: $0) }
        RetentionJournal.start(destination: configuration.logging.destination)
        let now = Date()
        let tally: RetentionTally
        do {
            let due = try store.due(configuration.retention, at: now)
            if dryRun {
                tally = RetentionTally(freeTextShredded: due.freeText.count, contactShredded: due.contact.count, skippedForLegalHold: due.held)
            } else {
                tally = try store.apply(due, at: now)
            }
            try store.close()
        } catch {
            let detail = (error as? RetriageStoreError)?.description ?? "\(StorageFault(error).kind): \(StorageFault(error).message)"
            CLIOutput.error("retention run on \(path) stopped: \(detail)")
            RetentionJournal.failed()
            throw CLIExitCode.ioError
        }
        RetentionJournal.report(tally, dryRun: dryRun)
        if !dryRun {
            DirectAccessAudit.record(
                .retentionRun,
                detail: "free_text=\(tally.freeTextShredded) contact=\(tally.contactShredded) held=\(tally.skippedForLegalHold)",
                databasePath: path)
        }
        let verb = dryRun ? "due (dry run, nothing written)" : "shredded"
        print("free text \(verb): \(tally.freeTextShredded) calls; contact only \(verb): \(tally.contactShredded) calls; "
            + "skipped for legal hold: \(tally.skippedForLegalHold) calls")
    }
}
