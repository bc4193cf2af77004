import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOExtras
import NIOPosix
import ServiceLifecycle

/// Serves the API on a listening socket systemd handed over (`hotlined.socket`, or
/// `systemd-socket-activate` in tests) instead of binding the configured path.
///
/// Hummingbird's `Application` can only bind addresses itself, so this mirrors its `Server.run`
/// with the public HummingbirdCore pieces: NIO adopts the descriptor (`ServerBootstrap.bind(_:)`),
/// each connection gets an `HTTP1Channel`, and on graceful shutdown the server stops accepting,
/// closes idle keep-alive connections and lets requests in flight finish. NIO never unlinks the
/// socket path of an adopted descriptor: the path belongs to systemd.
struct InheritedSocketServer<Responder: HTTPResponder>: Service
where Responder.Context: InitializableFromSource<ApplicationRequestContextSource> {
    let descriptor: CInt
    let responder: Responder
    let configuration: HTTP1Channel.Configuration
    let serverName: String
    let maxConnections: Int
    let eventLoopGroup: any EventLoopGroup
    let logger: Logger
    /// Called once the adopted socket accepts connections (READY=1 is sent here).
    let onServerRunning: @Sendable (any Channel) async -> Void

    func run() async throws {
        let responder = self.responder
        let logger = self.logger
        let serverName = self.serverName
        let http1 = HTTP1Channel(
            responder: { request, responseWriter, channel in
                // As Application.run does: the request id lives in the logger (RequestContext.id reads it).
                var requestLogger = logger
                requestLogger[metadataKey: "hb.request.id"] = .stringConvertible(RequestID())
                let context = Responder.Context(source: .init(channel: channel, logger: requestLogger))
                var response: Response
                do {
                    response = try await responder.respond(to: request, context: context)
                } catch {
                    logger.debug("unhandled error", metadata: ["error_type": "\(type(of: error))"])
                    response = Response(status: .internalServerError)
                }
                response.headers[.server] = serverName
                try await responseWriter.write(response: response.head, body: response.body)
            },
            configuration: configuration
        )
        let quiescing = ServerQuiescingHelper(group: eventLoopGroup)
        let maxConnections = self.maxConnections
        let serverChannel = try await ServerBootstrap(group: eventLoopGroup)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiescing.makeServerChannelHandler(channel: channel))
                    try channel.pipeline.syncOperations.addHandler(
                        AvailableConnectionsChannelHandler(maxConnections: maxConnections))
                }
            }
            .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .bind(descriptor) { channel in http1.setup(channel: channel, logger: logger) }
        await onServerRunning(serverChannel.channel)
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                try await serverChannel.executeThenClose { inbound in
                    for try await child in inbound {
                        group.addTask { await http1.handle(value: child, logger: logger) }
                    }
                }
            }
        } onGracefulShutdown: {
            let done = serverChannel.channel.eventLoop.makePromise(of: Void.self)
            quiescing.initiateShutdown(promise: done)
        }
    }
}
