import ArgumentParser
import Foundation
import HotlineClient

/// `hotline show ID`: prints one stored call, with its triage and the evidence marked in the narrative.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one call record and its triage.",
        discussion: "Evidence for each matched indicator is marked [[like this]] in the narrative."
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Flag(name: .long, help: "Print the record as JSON.")
    var json = false

    func run() throws {
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) { try $0.get("/v1/calls/\(id)") }
        guard answer.status == 200 else { throw CLIOutput.failure(for: answer) }
        if json {
            CLIOutput.printJSON(answer.body)
        } else {
            print(RecordPresenter.render(answer.json ?? [:]))
        }
    }
}
