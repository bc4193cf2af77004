import ArgumentParser
import HotlineCore

/// Options shared by the commands that open the database file directly (`db check`, `retriage`,
/// `export`): a configuration file, and a database path that overrides the configured one.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Configuration file (database, catalog, export settings).", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("The database file (default: from --config, else ./var/hotline.sqlite).", valueName: "path"))
    var database: String?

    /// The configuration: the file's, or the built-in default.
    func configuration() throws -> DaemonConfiguration {
        try CLIConfiguration.load(config)
    }

    /// The database path: `--database`, else the configuration's.
    func databasePath(in configuration: DaemonConfiguration) -> String {
        database ?? configuration.database.path
    }
}
