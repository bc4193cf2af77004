import ArgumentParser
import Foundation
import HotlineCore
import HotlineTriage

/// `hotline catalog …`: the indicator catalog.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Work with the indicator catalog.",
        subcommands: [CatalogCheckCommand.self]
    )
}

/// `hotline catalog check FILE`: validates a catalog the way the daemon does at start and on reload.
struct CatalogCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate an indicator catalog: schema, unique ids, grades, both languages, usable phrases.",
        discussion: """
            Prints each error as FILE:LINE: message and exits 1 when there is any; prints the version and
            the number of indicators and exits 0 when the catalog is valid. The daemon refuses to start
            (and keeps the old catalog on reload) with the same messages.

            Example:
              hotline catalog check Config/indicators.yaml
            """
    )

    @Argument(help: ArgumentHelp("The catalog file (YAML).", valueName: "file"))
    var file: String

    func run() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            CLIOutput.error("cannot read \(file)")
            throw CLIExitCode.ioError
        }
        do {
            let triage = try EngineTriage.load(catalogPath: file)
            let catalog = triage.engine.catalog
            print("\(file): valid; version \(catalog.version), \(catalog.indicators.count) indicators in \(catalog.dimensions.count) dimensions")
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            throw CLIExitCode.checkFailed
        }
    }
}
