import ArgumentParser
import HotlineCore

/// `hotline due ID TIME --reason R` sets a call's deadline by hand; `hotline due ID --policy` gives
/// it back to the deadline policy.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Set when a call is due, with a reason, or give the deadline back to the policy.",
        discussion: """
            The policy in the configuration (deadlines:) sets each open call's deadline from its
            triage. Set it by hand when the case needs another time, for example a call back agreed
            with the caller. TIME is RFC 3339 with a time zone.

            Reasons: \(DueReason.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              hotline due 17 2026-12-05T09:30:00+01:00 --reason callback_arranged
              hotline due 17 --policy
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Argument(help: "When the call is due (RFC 3339, with a time zone).")
    var time: String?

    @Option(help: "Why the deadline is set by hand.")
    var reason: String?

    @Flag(help: "Give the deadline back to the policy.")
    var policy = false

    func validate() throws {
        switch (time, policy) {
        case (nil, false): throw ValidationError("give a TIME with --reason, or --policy")
        case (.some, true): throw ValidationError("give either a TIME or --policy, not both")
        case (.some(let time), false):
            guard RFC3339.parse(time) != nil else { throw ValidationError("TIME must be RFC 3339 with a time zone, such as 2026-12-05T09:30:00+01:00") }
            guard let reason, DueReason(rawValue: reason) != nil else {
                throw ValidationError("--reason must be one of: \(DueReason.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        case (nil, true):
            guard reason == nil else { throw ValidationError("--reason goes with a TIME only") }
        }
    }

    func run() throws {
        let client = try connection.client()
        let body: [String: Any?] = time.map { ["due_at": $0, "due_reason": reason] } ?? ["due_at": nil]
        let record = try CaseChange.apply(body, to: id, client: client)
        let due = (record["due_at"] as? String).map { "due \($0) (\(record["due_reason"] as? String ?? "?"))" } ?? "due by the policy"
        print("\(CaseChange.summary(record)), \(due)")
    }
}
