import ArgumentParser
import HotlineCore

/// `hotline refer ID --to TARGET`: refers a call to a service.
struct ReferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refer",
        abstract: "Refer a call to a service (its outcome is pending until recorded with hotline referral).",
        discussion: """
            Targets: \(ReferralTarget.allCases.map(\.rawValue).joined(separator: ", ")).

            Example:
              hotline refer 17 --to cmm_assessment
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Option(help: "The service referred to.")
    var to: String

    func validate() throws {
        guard ReferralTarget(rawValue: to) != nil else {
            throw ValidationError("--to must be one of: \(ReferralTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) {
            try $0.send("POST", "/v1/calls/\(id)/referrals", body: Array(#"{"target":"\#(to)"}"#.utf8))
        }
        guard answer.status == 201 else { throw CLIOutput.failure(for: answer) }
        print("call \(id): referral \(answer.json?["id"] as? Int ?? 0) to \(to), outcome pending")
    }
}
