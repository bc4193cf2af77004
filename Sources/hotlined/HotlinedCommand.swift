import ArgumentParser
import Foundation
import HotlineCore
import HotlineFiles
import HotlineServer
import HotlineTriage
import HotlineSystemd
import Logging

/// `hotlined`: the hotline intake and triage daemon.
@main
struct HotlinedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotlined",
        abstract: "Accept hotline call records over a Unix socket, triage them and keep them in SQLite.",
        discussion: """
            With no --config the built-in default configuration is used (the values of Config/hotline.yaml):
            socket and database under ./var/. Stop it with SIGTERM or SIGINT; it finishes the requests in
            flight (for at most 12 s), checkpoints the database's write-ahead log and closes it before it exits.

            A missing database file is created. An existing file of zero bytes is refused unless
            --initialize-database is given, and a file SQLite's quick_check finds damaged is refused.

            Exit status: 0 after a clean stop, 74 when the database file is refused (empty or damaged),
            78 for an invalid configuration or indicator catalog, 1 for any other failure to start.
            """,
        version: HotlineVersion.current
    )

    @Option(name: .long, help: ArgumentHelp("Configuration file (YAML).", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Listen on this Unix socket instead of the configured one.", valueName: "path"))
    var socket: String?

    @Option(name: .long, help: ArgumentHelp("Use this database file instead of the configured one.", valueName: "path"))
    var database: String?

    @Flag(
        name: .long,
        help: "Start a new, empty store in an existing database file of zero bytes (refused without this flag).")
    var initializeDatabase = false

    func run() async throws {
        // Call records are sensitive: nothing this process creates is readable by others.
        umask(0o077)
        var settings: DaemonConfiguration
        do {
            settings = try config.map { try ConfigurationParser.load(file: $0) } ?? DefaultConfiguration.load()
        } catch {
            Self.fail("configuration error: \(error)", code: 78)
        }
        if let socket { settings.socket.path = socket }
        if let database { settings.database.path = database }

        // journald (structured, via sd_journal_sendv) under systemd, one line per entry on stderr otherwise.
        HotlineLogging.bootstrap(
            destination: LogDestination(rawValue: settings.logging.destination) ?? .auto, identifier: "hotlined")
        let logger = Logger(label: "hotlined")
        let triage: EngineTriage
        do {
            triage = try EngineTriage.load(catalogPath: settings.catalog.path)
        } catch {
            Self.fail(error.description, code: 78)
        }
        // SIGHUP re-reads the same file with the same command-line overrides, then the catalog.
        var reloadConfiguration: ConfigurationLoader?
        if let file = config {
            let (socketOverride, databaseOverride) = (socket, database)
            reloadConfiguration = { @Sendable () throws -> DaemonConfiguration in
                var fresh = try ConfigurationParser.load(file: file)
                if let socketOverride { fresh.socket.path = socketOverride }
                if let databaseOverride { fresh.database.path = databaseOverride }
                return fresh
            }
        }
        let daemon = HotlineDaemon(
            configuration: settings, triage: TriageSlot(triage), logger: logger,
            loadConfiguration: reloadConfiguration,
            loadCatalog: { path in try EngineTriage.load(catalogPath: path) },
            initializeDatabase: initializeDatabase)
        do {
            try await daemon.run()
        } catch let error as HotlineDaemon.StartupError {
            Self.fail(error.description, code: error.exitCode)
        }
    }

    /// Prints `hotlined: error: …` on stderr and exits with `code`.
    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("hotlined: error: \(message)\n".utf8))
        Foundation.exit(code)
    }
}
