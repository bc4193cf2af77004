import ArgumentParser
import Foundation
import HotlineClient

/// `hotline note ID [FILE|-]`: adds a note to a call (the text from a file or standard input).
struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a note to a call; the text comes from FILE or standard input.",
        discussion: """
            Notes are kept as written and never changed; their text is never logged.

            Examples:
              hotline note 17 callback.txt --adds-facts
              echo "Ringede igen, er flyttet til Odense." | hotline note 17 - --language da
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The call's id.")
    var id: Int64

    @Argument(help: "A file with the note's text, or - for standard input.")
    var file = "-"

    @Flag(name: .customLong("adds-facts"), help: "The caller rang back with more facts.")
    var addsFacts = false

    @Option(help: "The note's language: da or en.")
    var language: String?

    func validate() throws {
        if let language, !["da", "en"].contains(language) { throw ValidationError("--language must be da or en") }
    }

    func run() throws {
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var body: [String: Any] = ["text": text, "adds_facts": addsFacts]
        if let language { body["language"] = language }
        let client = try connection.client()
        let json = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
        let answer = try CLIOutput.exchange(client) { try $0.send("POST", "/v1/calls/\(id)/notes", body: Array(json)) }
        guard answer.status == 201 else { throw CLIOutput.failure(for: answer) }
        print("note \(answer.json?["id"] as? Int ?? 0) added to call \(id)")
        if let triage = answer.json?["triage"] as? [String: Any] {
            let flags = (triage["flags"] as? [String]).flatMap { $0.isEmpty ? nil : " [\($0.joined(separator: ", "))]" } ?? ""
            print("scored again: band \(triage["previous_band"] as? String ?? "none") -> \(triage["band"] as? String ?? "?"), score \(triage["score"] as? Int ?? 0)\(flags)")
        }
    }
}
