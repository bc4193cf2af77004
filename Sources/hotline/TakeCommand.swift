import ArgumentParser
import Foundation

/// `hotline take ID`: an operator takes a call; a new call moves to in_progress.
struct TakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "Take a call: assign it to you (or --as NAME); a new call moves to in_progress.",
        discussion: """
            Examples:
              hotline take 17
              hotline take 17 --as op-7
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Option(name: .customLong("as"), help: "Whom to assign the call to (default: your user name).")
    var assignee: String?

    func run() throws {
        let client = try connection.client()
        let name = assignee ?? ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        let current = try CLIOutput.exchange(client) { try $0.get("/v1/calls/\(id)") }
        guard current.status == 200 else { throw CLIOutput.failure(for: current) }
        var body: [String: Any?] = ["assigned_to": name]
        if current.json?["status"] as? String == "new" { body["status"] = "in_progress" }
        print(CaseChange.summary(try CaseChange.apply(body, to: id, client: client)))
    }
}
