import ArgumentParser
import Foundation

/// `hotline history ID`: what was done to a call, oldest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show what was done to a call: status changes with reasons, taking and releasing, who and when.",
        discussion: """
            Examples:
              hotline history 17
              hotline history 17 --json
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Flag(name: .long, help: "Print the history as JSON.")
    var json = false

    func run() throws {
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) { try $0.get("/v1/calls/\(id)/events") }
        guard answer.status == 200 else { throw CLIOutput.failure(for: answer) }
        if json {
            CLIOutput.printJSON(answer.body)
            return
        }
        let events = answer.json?["events"] as? [[String: Any]] ?? []
        if events.isEmpty {
            print("call \(id): nothing done yet")
            return
        }
        for event in events {
            let at = event["at"] as? String ?? ""
            let by = (event["by"] as? [String: Any]).map { by in (by["user"] as? String) ?? "uid \(by["uid"] as? Int ?? -1)" } ?? "?"
            let what: String
            switch event["kind"] as? String {
            case "status_changed":
                let reason = (event["reason"] as? String).map { " (\($0))" } ?? ""
                what = "\(event["from_status"] as? String ?? "?") -> \(event["to_status"] as? String ?? "?")\(reason)"
            case "assigned": what = "taken by \(event["assigned_to"] as? String ?? "?")"
            case "released": what = "released"
            case "note_added": what = "note \(event["note_id"] as? Int ?? 0) added"
            case "referred": what = "referred to \(event["target"] as? String ?? "?") (referral \(event["referral_id"] as? Int ?? 0))"
            case "referral_outcome": what = "referral \(event["referral_id"] as? Int ?? 0): \(event["outcome"] as? String ?? "?")"
            case "due_set":
                what = (event["due_at"] as? String).map { "due \($0) (\(event["reason"] as? String ?? "?"))" } ?? "due by the policy again"
            case "retriaged":
                what = "scored again after note \(event["note_id"] as? Int ?? 0): \(event["band_from"] as? String ?? "none") -> \(event["band_to"] as? String ?? "?")"
            default: what = event["kind"] as? String ?? "?"
            }
            print("\(at)  \(what)  by \(by)")
        }
    }
}
