import ArgumentParser
import Foundation
import HotlineStore

/// `hotline db …`: administration of the database file.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Inspect the database file.",
        subcommands: [DatabaseCheckCommand.self]
    )
}

/// `hotline db check`: SQLite's integrity check and the schema version of a database file.
struct DatabaseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a database file's integrity and schema version (read-only; safe while the daemon runs).",
        discussion: "Exits 0 when the file is sound and at this version's schema, 1 when not, 74 when it cannot be opened."
    )

    @OptionGroup var location: DatabaseOptions

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let path = location.databasePath(in: try location.configuration())
        guard FileManager.default.fileExists(atPath: path) else {
            CLIOutput.error("no database at \(path)")
            throw CLIExitCode.ioError
        }
        let check: DatabaseCheck
        do {
            check = try DatabaseCheck.run(path: path)
        } catch {
            CLIOutput.error("cannot read \(path): \(error)")
            throw CLIExitCode.ioError
        }
        if json {
            let object: [String: Any] = [
                "path": path, "healthy": check.isHealthy, "integrity": check.integrity,
                "schema_version": check.schemaVersion, "expected_schema_version": check.expectedSchemaVersion,
                "unknown_migrations": check.unknownMigrations, "journal_mode": check.journalMode, "calls": check.callCount,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else {
            var table = TextTable(header: ["CHECK", "RESULT"])
            table.rows = [
                ["database", path],
                ["integrity", check.integrity.joined(separator: "; ")],
                ["schema version", "\(check.schemaVersion) of \(check.expectedSchemaVersion)"],
                ["journal mode", check.journalMode],
                ["calls", "\(check.callCount)"],
            ]
            if !check.unknownMigrations.isEmpty {
                table.rows.append(["unknown migrations", check.unknownMigrations.joined(separator: ", ")])
            }
            print(table.render())
            print(check.isHealthy ? "ok" : "PROBLEM")
        }
        if !check.isHealthy { throw CLIExitCode.checkFailed }
    }
}
