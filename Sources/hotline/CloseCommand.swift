import ArgumentParser
import HotlineCore

/// `hotline close ID --reason R`: closes a call with a reason from the closed list.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a call, with the reason it is closed.",
        discussion: """
            Reasons: \(ClosingReason.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              hotline close 17 --reason referred_onward
              hotline close 18 --reason duplicate
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Option(help: "Why the call is closed.")
    var reason: String

    func validate() throws {
        guard ClosingReason(rawValue: reason) != nil else {
            throw ValidationError("--reason must be one of: \(ClosingReason.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let client = try connection.client()
        print(CaseChange.summary(try CaseChange.apply(["status": "closed", "reason": reason], to: id, client: client)))
    }
}
