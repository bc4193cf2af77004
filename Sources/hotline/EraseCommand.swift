import ArgumentParser
import HotlineCore

/// `hotline erase ID --reason R`: shreds one call's free text and contact now, for an erasure request.
struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Shred a call's free text and contact details now (an erasure request).",
        discussion: """
            The narrative, the notes' text, the operator's initials, the municipality and the contact \
            details are shredded; the coded data and the history stay. Done means gone from the \
            database file and its log. A call under legal hold is refused (exit 65). Supervisors only.

            Reasons: \(ErasureReason.allCases.map(\.rawValue).joined(separator: ", ")).

            Example:
              hotline erase 17 --reason erasure_request
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Option(help: "Why the call is erased.")
    var reason: String

    func validate() throws {
        guard ErasureReason(rawValue: reason) != nil else {
            throw ValidationError("--reason must be one of: \(ErasureReason.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) {
            try $0.send("POST", "/v1/calls/\(id)/erasure", body: Array(#"{"reason":"\#(reason)"}"#.utf8))
        }
        guard answer.status == 200 else { throw CLIOutput.failure(for: answer) }
        print("call \(id): shredded at \(answer.json?["shredded_at"] as? String ?? "?") (\(reason))")
    }
}
