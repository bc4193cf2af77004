import Foundation
import Synchronization
import HotlineCore
import HotlineStore
import HotlineTriage
import HotlineSystemd
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
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
        /// The exit status: 74 (EX_IOERR) for a database file the daemon refuses, 1 otherwise.
        public var exitCode: Int32 = 1
    }

    /// How long requests in flight may take to finish after SIGTERM before they are cancelled.
    ///
    /// Kept well below `TimeoutStopSec=` of `hotlined.service` (20 s), which ends in SIGKILL: after
    /// this limit come ``cancellationLimit``, then the checkpoint of the write-ahead log (at most 2 s
    /// waiting for a reader) and the close of the database, and all of it must be done before
    /// systemd's limit, not raced by it: 12 + 3 + 2 s leaves 3 s to spare.
    public static let gracefulStopLimit: Duration = .seconds(12)

    /// How long cancelled requests may take to end after ``gracefulStopLimit``.
    public static let cancellationLimit: Duration = .seconds(3)

    /// Start on an existing, empty database file as a new store (`--initialize-database`).
    public let initializeDatabase: Bool

    /// Re-reads the configuration on SIGHUP; `nil`: nothing to re-read (built-in defaults).
    public let loadConfiguration: ConfigurationLoader?
    /// Builds the triage stage from the catalog on SIGHUP; `nil`: the catalog is not reloaded.
    public let loadCatalog: CatalogLoader?

    public init(
        configuration: DaemonConfiguration, triage: TriageSlot, logger: Logger,
        loadConfiguration: ConfigurationLoader? = nil, loadCatalog: CatalogLoader? = nil, initializeDatabase: Bool = false
    ) {
        self.initializeDatabase = initializeDatabase
        self.configuration = configuration
        self.triage = triage
        self.logger = logger
        self.loadConfiguration = loadConfiguration
        self.loadCatalog = loadCatalog
    }

    /// Runs until a shutdown signal, then returns after a clean stop.
    ///
    /// Under systemd: serves on the socket `hotlined.socket` hands over (else binds the configured
    /// path), sends READY=1 once it listens with the database open, WATCHDOG=1 and STATUS= from
    /// ``SystemdHeartbeat``, RELOADING=1/READY=1 around a SIGHUP reload and STOPPING=1 on SIGTERM.
    public func run() async throws {
        let notifier = SystemdNotifier()
        let store = try openStore()
        let listening: ListeningSocket
        do {
            listening = try ListeningSocket.resolve(configuredPath: configuration.socket.path)
            if case .bind(let path) = listening { try SocketFile.prepare(path: path) }
        } catch let error as ListeningSocket.Problem {
            throw StartupError(description: error.description)
        } catch let error as SocketFile.Problem {
            throw StartupError(description: error.description)
        }
        // Trap SIGHUP before READY=1: its default action would end the daemon.
        let hangups = await HangupSignal(notifier: notifier)
        let settings = ConfigurationHolder(configuration)
        let directory = PeerDirectory()
        let auditLogger = logger
        // Journaled on a queue of its own: the store's writer, which reports here after each commit,
        // goes on to the next batch at once.
        let journalQueue = DispatchQueue(label: "hotline.audit-journal")
        store.observeAudit { entries in journalQueue.async { AuditLog.journal(entries, logger: auditLogger) } }
        let recorder = AuditRecorder(
            store: store,
            onFailure: { error, waiting in
                auditLogger.error("audit entries could not be written; retrying", metadata: ["waiting": "\(waiting)", "error_type": "\(type(of: error))"])
            })
        let audit = AuditLog(recorder: recorder)
        let maxBody = configuration.limits.maxBodyBytes
        let router = HotlineRoutes.router(
            calls: CallHandlers(
                intake: CallIntake(store: store, triage: triage, configuration: settings, logger: logger),
                store: store, maxBodyBytes: maxBody, logger: logger, audit: audit),
            caseWork: CaseWorkHandlers(store: store, maxBodyBytes: maxBody, logger: logger, audit: audit),
            notesAndReferrals: NotesAndReferralsHandlers(store: store, triage: triage, maxBodyBytes: maxBody, logger: logger, audit: audit),
            legalHold: LegalHoldHandlers(store: store, maxBodyBytes: maxBody, logger: logger, audit: audit),
            erasure: ErasureHandler(store: store, maxBodyBytes: maxBody, logger: logger, audit: audit),
            queue: QueueHandler(store: store, settings: settings, audit: audit),
            figures: FiguresHandler(store: store, settings: settings, audit: audit),
            audit: AuditHandlers(store: store, audit: audit),
            health: HealthHandler(store: store, triage: triage),
            access: AccessMiddleware(settings: settings, audit: audit),
            logger: logger)
        let socket = configuration.socket
        let logger = self.logger
        let permissionProblem = ErrorBox()
        let ready: @Sendable () -> Void = {
            logger.notice(
                "hotlined ready",
                metadata: HotlineEvent.daemonReady.metadata([
                    "socket": "\(listening.path)", "version": "\(HotlineVersion.current)",
                    "socket_activated": "\(listening != .bind(path: listening.path))",
                ]))
            notifier.ready(status: "Serving")
        }
        let limits = configuration.limits
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(Int64(limits.idleTimeoutSeconds)))
        let server = UnixSocketServer(
            socket: listening, responder: router.buildResponder(), configuration: http1, serverName: "hotlined/\(HotlineVersion.current)",
            slots: ConnectionSlots(limit: limits.maxConnections),
            headerTimeoutSeconds: limits.headerTimeoutSeconds, bodyTimeoutSeconds: limits.bodyTimeoutSeconds,
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton, logger: Logger(label: "hotlined.http"), directory: directory,
            onServerRunning: { _ in
                guard case .bind(let path) = listening else { return ready() }
                do {
                    try SocketFile.applyPermissions(path: path, mode: socket.mode, group: socket.group)
                    ready()
                } catch {
                    permissionProblem.set("\(error)")
                    logger.critical("cannot secure the socket: \(error)")
                    kill(getpid(), SIGTERM)
                }
            })
        let watchdog = notifier.watchdogInterval()
        let heartbeat = SystemdHeartbeat(
            notifier: notifier,
            selfCheck: ServingSelfCheck(socketPath: listening.path, timeout: max(.seconds(1), (watchdog ?? .seconds(8)) / 4)),
            store: store, logger: logger)
        let reload = ReloadService(
            signals: hangups, notifier: notifier, configuration: settings,
            loadConfiguration: loadConfiguration, loadCatalog: loadCatalog, triage: triage,
            store: store, directory: directory, logger: logger)
        // Services stop in reverse order: the heartbeat (STOPPING=1) first, the server last.
        var groupConfiguration = ServiceGroupConfiguration(
            services: [server, reload, heartbeat, OverdueWatch(store: store, configuration: settings, logger: logger)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = Self.gracefulStopLimit
        // Requests still running then are cancelled; should one ignore that, the process ends here
        // rather than at systemd's SIGKILL (every acknowledged record is already durable).
        groupConfiguration.maximumCancellationDuration = Self.cancellationLimit
        // The database is closed (and its log checkpointed) however the group ended.
        var groupFailure: (any Error)?
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch {
            groupFailure = error
        }
        await recorder.flush()
        IntakeLog.flush()
        logger.notice("hotlined stopping: requests finished, closing the database")
        switch try store.close() {
        case .truncated:
            logger.notice("database closed; write-ahead log checkpointed and truncated")
        case .incomplete(let fault):
            logger.warning(
                "database closed; the write-ahead log could not be checkpointed and is folded in at the next start: \(fault)",
                metadata: ["sqlite_code": "\(fault.code)", "sqlite_extended_code": "\(fault.extendedCode)"])
        }
        if let problem = permissionProblem.value {
            throw StartupError(description: problem)
        }
        if let groupFailure { throw groupFailure }
    }

    private func openStore() throws -> CallStore {
        let path = configuration.database.path
        let folder = (path as NSString).deletingLastPathComponent
        let logger = self.logger
        do {
            if !folder.isEmpty {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
            }
            return try CallStore(
                path: path, maxBatchSize: configuration.database.maxBatchSize, initializeEmptyFile: initializeDatabase,
                onWriteStatusChange: { fault in Self.logWriteStatus(fault, logger: logger) })
        } catch let error as StoreOpenError {
            throw StartupError(description: "refusing the database: \(error)", exitCode: 74)
        } catch {
            throw StartupError(description: "cannot open the database \(path): \(error)")
        }
    }

    /// One entry when writes start failing (SQLite's code and message) and one when they work again.
    private static func logWriteStatus(_ fault: StorageFault?, logger: Logger) {
        guard let fault else {
            logger.notice("database writes work again")
            return
        }
        logger.error(
            "database writes fail, health reports unavailable until they work again: \(fault)",
            metadata: [
                "sqlite_code": "\(fault.code)", "sqlite_extended_code": "\(fault.extendedCode)",
                "sqlite_message": "\(fault.message)", "fault": "\(fault.kind)",
            ])
    }
}

/// A value set once from a callback and read after the service group ends.
private final class ErrorBox: Sendable {
    private let storage = Mutex<String?>(nil)
    func set(_ value: String) { storage.withLock { $0 = value } }
    var value: String? { storage.withLock { $0 } }
}
