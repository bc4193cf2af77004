import ArgumentParser
import Foundation
import HotlineClient
import HotlineCore

/// `hotline list`: lists stored calls, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List stored calls, newest first.",
        discussion: """
            Examples:
              hotline list --status new --since 2026-11-28T00:00:00Z
              hotline list --limit 200 --json
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp("Only calls with this status: \(CallStatus.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "status"))
    var status: String?

    @Option(help: ArgumentHelp("Only calls received at or after this RFC 3339 time.", valueName: "time"))
    var since: String?

    @Option(help: ArgumentHelp("Only calls received before this RFC 3339 time.", valueName: "time"))
    var until: String?

    @Option(help: "How many calls at most (1–500; follows the daemon's pages).")
    var limit: Int = 50

    @Flag(name: .long, help: "Print the calls as a JSON array.")
    var json = false

    func validate() throws {
        if let status, CallStatus(rawValue: status) == nil {
            throw ValidationError("--status must be one of: \(CallStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, RFC3339.parse(value) == nil {
                throw ValidationError("\(name) must be an RFC 3339 time such as 2026-11-29T00:00:00Z")
            }
        }
        guard (1...500).contains(limit) else { throw ValidationError("--limit must be from 1 to 500") }
    }

    func run() throws {
        let client = try connection.client()
        var calls: [[String: Any]] = []
        var cursor: String?
        repeat {
            var items = [URLQueryItem(name: "limit", value: "\(min(limit - calls.count, 500))")]
            if let status { items.append(URLQueryItem(name: "status", value: status)) }
            if let since { items.append(URLQueryItem(name: "since", value: since)) }
            if let until { items.append(URLQueryItem(name: "until", value: until)) }
            if let cursor { items.append(URLQueryItem(name: "cursor", value: cursor)) }
            let path = QueryPath.make("/v1/calls", items)
            let answer = try CLIOutput.exchange(client) { try $0.get(path) }
            guard answer.status == 200, let page = answer.json else { throw CLIOutput.failure(for: answer) }
            calls += page["calls"] as? [[String: Any]] ?? []
            cursor = page["next_cursor"] as? String
        } while cursor != nil && calls.count < limit

        if json {
            let data = try JSONSerialization.data(withJSONObject: calls, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        var table = TextTable(header: ["ID", "RECEIVED", "STATUS", "CHANNEL", "CALLER", "BAND", "SCORE", "FLAGS"])
        for call in calls {
            let triage = call["triage"] as? [String: Any]
            table.rows.append([
                "\(call["id"] ?? "")", "\(call["received_at"] ?? "")", "\(call["status"] ?? "")", "\(call["channel"] ?? "")",
                "\(call["caller_role"] ?? "")", "\(triage?["band"] ?? "-")", "\(triage?["score"] ?? "-")",
                (triage?["flags"] as? [String]).map { $0.isEmpty ? "-" : $0.joined(separator: ",") } ?? "-",
            ])
        }
        print(table.render())
        print("\(calls.count) call\(calls.count == 1 ? "" : "s")")
    }
}
