import ArgumentParser
import HotlineClient

/// `hotline health`: asks the daemon whether it and its database are well.
struct HealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Ask the daemon whether it and its database are well.",
        discussion: "Exits 0 when healthy, 1 when degraded, 69 when the daemon cannot be reached."
    )

    @OptionGroup var connection: ConnectionOptions

    @Flag(name: .long, help: "Print the daemon's answer as JSON.")
    var json = false

    func run() throws {
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) { try $0.get("/v1/health") }
        guard let health = answer.json, answer.status == 200 || answer.status == 503 else {
            throw CLIOutput.failure(for: answer)
        }
        if json {
            CLIOutput.printJSON(answer.body)
        } else {
            var table = TextTable(header: ["KEY", "VALUE"])
            for key in health.keys.sorted() {
                // Nested objects (database_error) as dotted keys, one value a row.
                if let nested = health[key] as? [String: Any] {
                    for inner in nested.keys.sorted() { table.rows.append(["\(key).\(inner)", "\(nested[inner]!)"]) }
                } else {
                    table.rows.append([key, "\(health[key]!)"])
                }
            }
            print(table.render())
        }
        if answer.status != 200 { throw CLIExitCode.checkFailed }
    }
}
