import ArgumentParser
import Foundation

/// `hotline hold ID --reason R` sets a legal hold on a call; `hotline hold ID --release` lifts it.
struct HoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold",
        abstract: "Set a legal hold on a call, with a reason, or lift it (--release).",
        discussion: """
            A call under legal hold is never shredded: retention skips it and an erasure is refused. \
            The reason is a case reference or a short explanation (1 to 500 characters, no personal \
            data); it is kept with the call and in its history, never logged. Supervisors only.

            Examples:
              hotline hold 17 --reason "Police case 0100-12345-2026"
              hotline hold 17 --release
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Option(help: "Why the call is held.")
    var reason: String?

    @Flag(help: "Lift the legal hold.")
    var release = false

    func validate() throws {
        switch (reason, release) {
        case (nil, false): throw ValidationError("give --reason to set a hold, or --release to lift it")
        case (.some, true): throw ValidationError("give either --reason or --release, not both")
        default: break
        }
    }

    func run() throws {
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) { client in
            if let reason {
                let body = try JSONSerialization.data(withJSONObject: ["reason": reason], options: [.sortedKeys])
                return try client.send("PUT", "/v1/calls/\(id)/legal-hold", body: Array(body))
            }
            return try client.send("DELETE", "/v1/calls/\(id)/legal-hold", body: nil)
        }
        guard answer.status == 200 else { throw CLIOutput.failure(for: answer) }
        print(answer.json?["legal_hold"] != nil ? "call \(id): under legal hold" : "call \(id): no legal hold")
    }
}
