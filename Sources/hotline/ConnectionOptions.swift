import ArgumentParser
import Foundation
import HotlineClient
import HotlineCore
import HotlineFiles

/// Options shared by the commands that talk to the daemon.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The daemon's Unix socket (default: from --config, else ./var/hotline.sock).", valueName: "path"))
    var socket: String?

    @Option(name: .long, help: ArgumentHelp("Configuration file whose socket path to use.", valueName: "file"))
    var config: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Seconds to wait for the daemon to take the connection (default: 5).", valueName: "seconds"))
    var connectTimeout: Double = UnixHTTPClient.defaultConnectTimeoutSeconds

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for each whole answer (default: 30).", valueName: "seconds"))
    var timeout: Double = UnixHTTPClient.defaultTimeoutSeconds

    func validate() throws {
        guard connectTimeout > 0, connectTimeout <= 3600 else { throw ValidationError("--connect-timeout must be more than 0 and at most 3600 seconds") }
        guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout must be more than 0 and at most 3600 seconds") }
    }

    /// The socket path to use.
    func socketPath() throws -> String {
        if let socket { return socket }
        return try CLIConfiguration.load(config).socket.path
    }

    /// A client for the daemon.
    func client() throws -> UnixHTTPClient {
        UnixHTTPClient(socketPath: try socketPath(), timeoutSeconds: timeout, connectTimeoutSeconds: connectTimeout)
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
