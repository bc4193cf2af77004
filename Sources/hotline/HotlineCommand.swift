import ArgumentParser

/// `hotline`: the operators' and administrators' command-line client.
@main
struct HotlineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotline",
        abstract: "Submit and inspect hotline call records; check and export the database.",
        discussion: """
            Commands that talk to the daemon use its Unix socket (--socket, default ./var/hotline.sock).
            Commands that read the database directly open it read-only, so they are safe while the daemon runs;
            retriage writes to it in short batches and never migrates it.

            Exit codes: 0 ok; 64 usage error; 65 record rejected by the daemon; 66 not found;
            69 daemon unreachable; 70 unexpected answer; 74 I/O or database error; 77 not allowed
            for your roles (403); 1 check failed.
            """,
        subcommands: [
            SubmitCommand.self,
            ShowCommand.self,
            ListCommand.self,
            QueueCommand.self,
            TakeCommand.self,
            CloseCommand.self,
            DueCommand.self,
            HoldCommand.self,
            EraseCommand.self,
            RetentionCommand.self,
            ReopenCommand.self,
            HistoryCommand.self,
            NoteCommand.self,
            ReferCommand.self,
            ReferralCommand.self,
            HealthCommand.self,
            DatabaseCommand.self,
            CatalogCommand.self,
            RetriageCommand.self,
            ExportCommand.self,
            FiguresCommand.self,
            AuditCommand.self,
        ]
    )
}
