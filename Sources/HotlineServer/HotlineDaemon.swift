import Foundation
import Synchronization
import HotlineCore
import HotlineStore
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// The daemon: opens the database, listens on the Unix socket and serves the API until SIGTERM
/// or SIGINT, then finishes the requests in flight and closes the database.
public struct HotlineDaemon: Sendable {
    public let configuration: DaemonConfiguration
    public let triage: TriageSlot
    public let logger: Logger

    /// Why the daemon could not start. The message names what is wrong.
    public struct StartupError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(configuration: DaemonConfiguration, triage: TriageSlot, logger: Logger) {
        self.configuration = configuration
        self.triage = triage
        self.logger = logger
    }

    /// Runs until a shutdown signal, then returns after a clean stop.
    public func run() async throws {
        let store = try openStore()
        do {
            try SocketFile.prepare(path: configuration.socket.path)
        } catch {
            throw StartupError(description: error.description)
        }
        let api = HotlineAPI(
            intake: CallIntake(store: store, triage: triage, logger: logger),
            store: store, triage: triage, maxBodyBytes: configuration.limits.maxBodyBytes, logger: logger)
        let socket = configuration.socket
        let logger = self.logger
        let permissionProblem = ErrorBox()
        let app = Application(
            responder: api,
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.limits.idleTimeoutSeconds)))),
            configuration: .init(
                address: .unixDomainSocket(path: socket.path),
                serverName: "hotlined/\(HotlineVersion.current)",
                availableConnectionsDelegate: MaximumAvailableConnections(configuration.limits.maxConnections)),
            onServerRunning: { _ in
                do {
                    try SocketFile.applyPermissions(path: socket.path, mode: socket.mode, group: socket.group)
                    logger.notice(
                        "hotlined ready", metadata: ["socket": "\(socket.path)", "version": "\(HotlineVersion.current)"])
                } catch {
                    permissionProblem.set("\(error)")
                    logger.critical("cannot secure the socket: \(error)")
                    kill(getpid(), SIGTERM)
                }
            },
            logger: Logger(label: "hotlined.http")
        )
        var groupConfiguration = ServiceGroupConfiguration(
            services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = Duration.seconds(20)
        try await ServiceGroup(configuration: groupConfiguration).run()
        logger.notice("hotlined stopping: requests finished, closing the database")
        try store.close()
        if let problem = permissionProblem.value {
            throw StartupError(description: problem)
        }
    }

    private func openStore() throws -> CallStore {
        let path = configuration.database.path
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
            }
            return try CallStore(path: path, maxBatchSize: configuration.database.maxBatchSize)
        } catch {
            throw StartupError(description: "cannot open the database \(path): \(error)")
        }
    }
}

/// A value set once from a callback and read after the service group ends.
private final class ErrorBox: Sendable {
    private let storage = Mutex<String?>(nil)
    func set(_ value: String) { storage.withLock { $0 = value } }
    var value: String? { storage.withLock { $0 } }
}
