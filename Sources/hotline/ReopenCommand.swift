import ArgumentParser

/// `hotline reopen ID`: a closed call goes back to in_progress.
struct ReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Reopen a closed call (it goes back to in_progress).",
        discussion: """
            Reopening is meant for supervisors; the call's history records who did it.

            Example:
              hotline reopen 17
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    func run() throws {
        let client = try connection.client()
        print(CaseChange.summary(try CaseChange.apply(["status": "in_progress"], to: id, client: client)))
    }
}
