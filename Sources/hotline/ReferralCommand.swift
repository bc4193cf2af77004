import ArgumentParser
import HotlineCore

/// `hotline referral ID RID --outcome O`: records what became of a referral.
struct ReferralCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referral",
        abstract: "Record what became of a referral.",
        discussion: """
            Outcomes: \(ReferralOutcome.allCases.map(\.rawValue).joined(separator: ", ")).

            Example:
              hotline referral 17 3 --outcome accepted
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Argument(help: "The referral's id (as hotline refer printed it).")
    var referral: Int64

    @Option(help: "What became of it.")
    var outcome: String

    func validate() throws {
        guard ReferralOutcome(rawValue: outcome) != nil else {
            throw ValidationError("--outcome must be one of: \(ReferralOutcome.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) {
            try $0.send("PATCH", "/v1/calls/\(id)/referrals/\(referral)", body: Array(#"{"outcome":"\#(outcome)"}"#.utf8))
        }
        guard answer.status == 200 else { throw CLIOutput.failure(for: answer) }
        print("call \(id): referral \(referral) \(outcome)")
    }
}
