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

/// `hotline db check`: SQLite's integrity check, the schema version, and every stored row read back
/// (timestamps, vocabularies, checklist and triage JSON, UTF-8): damaged rows are named by id, never
/// by content.
struct DatabaseCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a database file's integrity, schema version and stored rows (read-only; safe while the daemon runs).",
        discussion: """
            Besides SQLite's integrity check, every call and triage row is read back the way the daemon reads it;
            rows that cannot be (a timestamp, a vocabulary value or JSON that does not parse, text that is not UTF-8)
            are named by id. Exits 0 when the file is sound and at this version's schema, 1 when not, 74 when it
            cannot be opened.
            """
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
            var object: [String: Any] = [
                "path": path, "healthy": check.isHealthy, "integrity": check.integrity,
                "schema_version": check.schemaVersion, "expected_schema_version": check.expectedSchemaVersion,
                "unknown_migrations": check.unknownMigrations, "journal_mode": check.journalMode, "calls": check.callCount,
                "damaged_row_count": check.damagedRowCount,
                "damaged_rows": check.damagedRows.map { row -> [String: Any] in
                    var entry: [String: Any] = ["table": row.table, "id": row.id, "problems": row.problems]
                    if let call = row.callID { entry["call_id"] = call }
                    return entry
                },
            ]
            if let failure = check.rowScanFailure { object["row_scan_failure"] = failure }
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
            table.rows.append(["rows", check.rowScanFailure.map { "cannot be read: \($0)" }
                ?? (check.damagedRowCount == 0 ? "ok" : "\(check.damagedRowCount) damaged")])
            print(table.render())
            let shown = 100
            for row in check.damagedRows.prefix(shown) { print("damaged: \(row)") }
            if check.damagedRowCount > shown { print("damaged: … and \(check.damagedRowCount - shown) more (--json lists up to 1000)") }
            print(check.isHealthy ? "ok" : "PROBLEM")
        }
        if !check.isHealthy { throw CLIExitCode.checkFailed }
    }
}
