import ArgumentParser
import Foundation

/// `hotline queue`: the operators' main screen, the open calls most pressing first.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "List the open calls, overdue first, then the most urgent: the operators' worklist.",
        discussion: """
            Overdue and urgent rows (immediate danger, in custody, minors) are marked with ! when
            standard output is a terminal; plain otherwise. No narrative or contact is shown.

            Examples:
              hotline queue
              hotline queue --limit 20
              hotline queue --json
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "At most this many calls (1 to 1000).")
    var limit = 200

    @Flag(name: .long, help: "Print the worklist as JSON.")
    var json = false

    func validate() throws {
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be from 1 to 1000") }
    }

    func run() throws {
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) { try $0.get("/v1/queue?limit=\(limit)") }
        guard answer.status == 200 else { throw CLIOutput.failure(for: answer) }
        if json {
            CLIOutput.printJSON(answer.body)
            return
        }
        let calls = answer.json?["calls"] as? [[String: Any]] ?? []
        if calls.isEmpty {
            print("no open calls")
            return
        }
        let marking = isatty(STDOUT_FILENO) == 1
        // 1 + 8 + 17 + 7 + 22 + 11 + 17 + 9 columns and 7 separators: 99, within 100.
        print(Self.row(["", "ID", "RECEIVED", "BAND", "FLAGS", "STATUS", "DUE", "OVERDUE"]))
        for call in calls {
            let flags = (call["flags"] as? [String] ?? []).map(Self.shortFlag).joined(separator: ",")
            let overdue = call["overdue_seconds"] as? Int ?? 0
            let urgent = overdue > 0 || !(call["flags"] as? [String] ?? []).isEmpty
            print(Self.row([
                marking && urgent ? "!" : "", "\(call["id"] as? Int ?? 0)", Self.minute(call["received_at"] as? String),
                call["band"] as? String ?? "-", flags.isEmpty ? "-" : flags,
                call["status"] as? String ?? "?", Self.minute(call["due_at"] as? String), overdue > 0 ? Self.duration(overdue) : "-",
            ]))
        }
    }

    static func row(_ cells: [String]) -> String {
        let widths = [1, 8, 17, 7, 22, 11, 17, 9]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? String(cell.prefix(width)) : cell + String(repeating: " ", count: width - cell.count)
        }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// `2026-12-04T01:02:03.456Z` as `2026-12-04 01:02Z`.
    static func minute(_ stamp: String?) -> String {
        guard let stamp, stamp.count >= 16 else { return "-" }
        return stamp.prefix(10) + " " + stamp.dropFirst(11).prefix(5) + "Z"
    }

    static func duration(_ seconds: Int) -> String {
        if seconds >= 86_400 { return "\(seconds / 86_400)d\((seconds % 86_400) / 3600)h" }
        if seconds >= 3600 { return "\(seconds / 3600)h\((seconds % 3600) / 60)m" }
        return "\(max(1, seconds / 60))m"
    }

    static func shortFlag(_ flag: String) -> String {
        switch flag {
        case "immediate_danger": "DANGER"
        case "in_custody": "custody"
        case "unaccompanied_minor": "unacc.minor"
        default: flag
        }
    }
}
