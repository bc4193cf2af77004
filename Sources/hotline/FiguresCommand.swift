import ArgumentParser
import Foundation

/// `hotline figures`: the published figures of past days, through the daemon (statisticians).
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Print the published figures of past days as JSON, through the daemon (statisticians, admins).",
        discussion: """
            The same figures `hotline export --stdout --format json` writes, under small-cell suppression
            and without personal data, for users who may not open the database file. See docs/exports.md.

            Examples:
              hotline figures --from 2026-11-01 --to 2026-11-30
              hotline figures --year 2025
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("The last day, included (YYYY-MM-DD; default: yesterday).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("A whole calendar year (YYYY) instead of --from/--to.", valueName: "year"))
    var year: String?

    func validate() throws {
        if year == nil && from == nil { throw ValidationError("give --from (and --to) or --year") }
        if year != nil && (from != nil || to != nil) { throw ValidationError("--year cannot be combined with --from or --to") }
    }

    func run() throws {
        var items: [URLQueryItem] = []
        if let from { items.append(URLQueryItem(name: "from", value: from)) }
        if let to { items.append(URLQueryItem(name: "to", value: to)) }
        if let year { items.append(URLQueryItem(name: "year", value: year)) }
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) { try $0.get(QueryPath.make("/v1/figures", items)) }
        guard answer.status == 200 else { throw CLIOutput.failure(for: answer) }
        CLIOutput.printJSON(answer.body)
    }
}
