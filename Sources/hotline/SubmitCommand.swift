import ArgumentParser
import Foundation
import HotlineClient

/// `hotline submit [FILE|-]`: posts a call record (JSON) to the daemon.
struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Submit a call record (JSON) to the daemon.",
        discussion: """
            Reads the record from FILE, or from standard input when FILE is - or absent. Prints the stored
            call's id and triage band; with --json, the daemon's whole answer. A record refused by the
            daemon exits with 65 and the reason, naming the field, on stderr.

            Example:
              echo '{"channel":"phone","caller_role":"self","narrative":"…"}' | hotline submit -
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: ArgumentHelp("The record file, or - for standard input.", valueName: "file"))
    var file: String = "-"

    @Flag(name: .long, help: "Print the daemon's answer as JSON.")
    var json = false

    func run() throws {
        let body: [UInt8]
        if file == "-" {
            body = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                CLIOutput.error("cannot read \(file)")
                throw CLIExitCode.ioError
            }
            body = Array(data)
        }
        let client = try connection.client()
        let answer = try CLIOutput.exchange(client) { try $0.send("POST", "/v1/calls", body: body) }
        guard answer.status == 201 || answer.status == 200 else {
            throw CLIOutput.failure(for: answer)
        }
        if json {
            CLIOutput.printJSON(answer.body)
            return
        }
        let record = answer.json ?? [:]
        let id = record["id"].map { "\($0)" } ?? "?"
        var line = answer.status == 201 ? "stored call \(id)" : "call \(id) was already stored (retry)"
        if let triage = record["triage"] as? [String: Any] {
            line += ": band \(triage["band"] ?? "?"), score \(triage["score"] ?? "?")"
            if let flags = triage["flags"] as? [String], !flags.isEmpty { line += ", flags \(flags.joined(separator: ","))" }
        }
        print(line)
    }
}
