import ArgumentParser
import Foundation
import HotlineCore
import HotlineTriage
import HotlineStore

/// `hotline retriage`: scores stored calls again under the current catalog, keeping every earlier result.
struct RetriageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retriage",
        abstract: "Score stored calls again under the current catalog; earlier results are kept as history.",
        discussion: """
            Opens the database directly (safe beside the running daemon) and the catalog from the
            configuration. Prints how many calls changed band.

            Example:
              hotline retriage --config /etc/hotline/hotline.yaml --since 2026-11-01T00:00:00Z
            """
    )

    @OptionGroup var location: DatabaseOptions

    @Option(help: ArgumentHelp("The catalog file (default: from the configuration).", valueName: "path"))
    var catalog: String?

    @Option(help: ArgumentHelp("Only calls received at or after this RFC 3339 time (or YYYY-MM-DD, UTC).", valueName: "date"))
    var since: String?

    func validate() throws {
        if let since, Self.parse(since) == nil {
            throw ValidationError("--since must be an RFC 3339 time or a date YYYY-MM-DD")
        }
    }

    static func parse(_ text: String) -> Date? {
        RFC3339.parse(text) ?? (text.count == 10 ? RFC3339.parse(text + "T00:00:00Z") : nil)
    }

    func run() async throws {
        let settings = try location.configuration()
        let triage: EngineTriage
        do {
            triage = try EngineTriage.load(catalogPath: catalog ?? settings.catalog.path)
        } catch {
            CLIOutput.error(error.description)
            throw CLIExitCode.checkFailed
        }
        let path = location.databasePath(in: settings)
        guard FileManager.default.fileExists(atPath: path) else {
            CLIOutput.error("no database at \(path)")
            throw CLIExitCode.ioError
        }
        var bandChanges = 0
        var count = 0
        do {
            let store = try CallStore(path: path)
            for id in try await store.callIDs(receivedSince: since.flatMap(Self.parse)) {
                guard let record = try await store.record(id: id) else { continue }
                let result = triage.assess(record.submission, at: Date())
                if case .object(let previous) = record.triage, case .string(let band) = previous["band"], band != result.band {
                    bandChanges += 1
                }
                try await store.appendTriage(result, toCall: id)
                count += 1
            }
            try store.close()
        } catch {
            CLIOutput.error("cannot retriage \(path): \(error)")
            throw CLIExitCode.ioError
        }
        print("retriaged \(count) call\(count == 1 ? "" : "s") under catalog \(triage.catalogVersion); \(bandChanges) changed band")
    }
}
