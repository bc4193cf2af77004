import ArgumentParser
import Foundation
import HotlineClient
import HotlineCore

/// Options shared by the commands that talk to the daemon.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The daemon's Unix socket (default: from --config, else ./var/hotline.sock).", valueName: "path"))
    var socket: String?

    @Option(name: .long, help: ArgumentHelp("Configuration file whose socket path to use.", valueName: "file"))
    var config: String?

    /// The socket path to use.
    func socketPath() throws -> String {
        if let socket { return socket }
        return try CLIConfiguration.load(config).socket.path
    }

    /// A client for the daemon.
    func client() throws -> UnixHTTPClient {
        UnixHTTPClient(socketPath: try socketPath())
    }
}

/// Loading the configuration for the CLI, turning errors into usage failures.
enum CLIConfiguration {
    static func load(_ path: String?) throws -> DaemonConfiguration {
        guard let path else { return DefaultConfiguration.load() }
        do {
            return try ConfigurationParser.load(file: path)
        } catch {
            CLIOutput.error("configuration error: \(error)")
            throw CLIExitCode.usage
        }
    }
}
