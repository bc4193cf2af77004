import Foundation
import HotlineCore
import HotlineSystemd
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOExtras
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import NIOPosix
import ServiceLifecycle

/// Serves the API on the Unix socket: one systemd handed over (`hotlined.socket`, or
/// `systemd-socket-activate` in tests) or the configured path, bound here.
///
/// It mirrors Hummingbird's `Server.run` with the public HummingbirdCore pieces (Hummingbird's
/// `Application` can neither adopt a descriptor nor answer a full daemon with a 503): NIO adopts or
/// binds the socket, each connection gets an `HTTP1Channel`, and on graceful shutdown the server
/// stops accepting, closes idle keep-alive connections and lets requests in flight finish. NIO never
/// unlinks the path of an adopted descriptor: it belongs to systemd.
///
/// Every connection is accepted, so the listen queue never fills:
/// - beyond ``ConnectionSlots/limit`` it is answered 503 and closed (``BusyRefusalHandler``),
///   except a connection from this very process, the watchdog's ``ServingSelfCheck``, which must
///   reach the request path to tell a full daemon from a hung one;
/// - a client too slow to send its request is dropped (``RequestReadTimeout``);
/// - a request handler can learn that its client has gone (``ClientDeparture``).
struct UnixSocketServer<Responder: HTTPResponder>: Service where Responder.Context == HotlineRequestContext {
    let socket: ListeningSocket
    let responder: Responder
    let configuration: HTTP1Channel.Configuration
    let serverName: String
    let slots: ConnectionSlots
    let headerTimeoutSeconds: Int
    let bodyTimeoutSeconds: Int
    let eventLoopGroup: any EventLoopGroup
    let logger: Logger
    /// The peer of each open connection, read once when it is accepted.
    let peers = ConnectionPeers()
    /// The peers' login and group names, looked up once per user, off the event loops.
    let directory: PeerDirectory
    /// Called once the socket accepts connections (READY=1 is sent here).
    let onServerRunning: @Sendable (any Channel) async -> Void

    /// Listen queue length (systemd's `Backlog=` is replaced by it for an adopted socket, as NIO
    /// listens again): connections leave it at once, since every one is accepted.
    static var backlog: Int32 { 256 }

    /// What the server made of an accepted connection.
    enum Accepted: Sendable {
        /// Served: HTTP/1.1 requests and answers.
        case served(NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>)
        /// Beyond the connection limit: answered 503 and closed by its pipeline.
        case refused
    }

    func run() async throws {
        let http1 = makeHTTP1Channel()
        let quiescing = ServerQuiescingHelper(group: eventLoopGroup)
        let bootstrap = ServerBootstrap(group: eventLoopGroup)
            .serverChannelOption(ChannelOptions.backlog, value: Self.backlog)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiescing.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
        let setUp = { @Sendable (channel: any Channel) in self.setUp(channel, http1: http1) }
        let serverChannel: NIOAsyncChannel<Accepted, Never>
        switch socket {
        case .inherited(let descriptor, _):
            serverChannel = try await bootstrap.bind(descriptor, childChannelInitializer: setUp)
        case .bind(let path):
            // SocketFile.prepare removed a stale file; never unlink a live daemon's socket here.
            serverChannel = try await bootstrap.bind(
                unixDomainSocketPath: path, cleanupExistingSocketFile: false, childChannelInitializer: setUp)
        }
        await onServerRunning(serverChannel.channel)
        let logger = self.logger
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                try await serverChannel.executeThenClose { inbound in
                    for try await accepted in inbound {
                        guard case .served(let child) = accepted else { continue }
                        let executor = EventLoopTaskExecutor(child.channel.eventLoop)
                        group.addTask(executorPreference: executor) { await http1.handle(value: child, logger: logger) }
                    }
                }
            }
        } onGracefulShutdown: {
            let done = serverChannel.channel.eventLoop.makePromise(of: Void.self)
            quiescing.initiateShutdown(promise: done)
        }
    }

    private func makeHTTP1Channel() -> HTTP1Channel {
        let responder = self.responder
        let logger = self.logger
        let serverName = self.serverName
        let peers = self.peers
        let directory = self.directory
        return HTTP1Channel(
            responder: { request, responseWriter, channel in
                // As Application.run does: the request id lives in the logger (RequestContext.id reads it).
                var requestLogger = logger
                requestLogger[metadataKey: "hb.request.id"] = .stringConvertible(RequestID())
                var peer = peers.peer(of: ObjectIdentifier(channel))
                var groups: Set<String> = []
                if let known = peer {
                    let entry = await directory.entry(uid: known.uid, gid: known.gid)
                    peer?.user = entry.user
                    groups = entry.groups
                }
                let context = HotlineRequestContext(
                    source: .init(channel: channel, logger: requestLogger, peer: peer, peerGroups: groups))
                var response: Response
                do {
                    response = try await responder.respond(to: request, context: context)
                } catch is ClientDeparture.Gone {
                    // Nobody to answer: ending the exchange closes the connection.
                    throw ClientDeparture.Gone()
                } catch {
                    logger.debug("unhandled error", metadata: ["error_type": "\(type(of: error))"])
                    response = Response(status: .internalServerError)
                }
                response.headers[.server] = serverName
                try await responseWriter.write(response: response.head, body: response.body)
            },
            configuration: configuration
        )
    }

    /// Builds an accepted connection's pipeline: served within a free slot (or as the self-check),
    /// else refused with a 503.
    private func setUp(_ channel: any Channel, http1: HTTP1Channel) -> EventLoopFuture<Accepted> {
        PeerCredentials.read(channel).flatMap { credential in
            let peer = credential.map { PeerIdentity(uid: $0.uid, gid: $0.gid, pid: $0.pid, user: nil) }
            // The watchdog's self-check comes from this very process.
            let isSelfCheck = peer?.pid == getpid()
            let slotTaken = !isSelfCheck && slots.take()
            guard isSelfCheck || slotTaken else {
                if let refused = slots.noteRefusal() {
                    logger.warning(
                        "connection limit reached: \(refused) connection(s) answered 503 server_busy",
                        metadata: ["max_connections": "\(slots.limit)", "refused": "\(refused)"])
                }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(BusyRefusalHandler(serverName: serverName))
                    return .refused
                }
            }
            if slotTaken {
                let slots = self.slots
                channel.closeFuture.whenComplete { _ in slots.release() }
            }
            if let peer {
                let peers = self.peers
                let connection = ObjectIdentifier(channel)
                peers.set(peer, for: connection)
                channel.closeFuture.whenComplete { _ in peers.remove(connection) }
            }
            return http1.setup(channel: channel, logger: logger).flatMapThrowing { child in
                let pipeline = channel.pipeline.syncOperations
                let readTimeout = RequestReadTimeout(
                    headerTimeoutSeconds: headerTimeoutSeconds, bodyTimeoutSeconds: bodyTimeoutSeconds, serverName: serverName)
                // Raw bytes first, before the HTTP decoder; request parts after the HTTP codec.
                try pipeline.addHandler(readTimeout, position: .first)
                try pipeline.addHandler(ClientDeparture.Handler(), position: .first)
                let codec = try pipeline.handler(type: HTTP1ToHTTPServerCodec.self)
                try pipeline.addHandler(HTTP10Close(), position: .before(codec))
                let stateHandler = try pipeline.handler(type: HTTPConnectionStateHandler.self)
                try pipeline.addHandler(readTimeout.makePartsObserver(), position: .before(stateHandler))
                return .served(child)
            }
        }
    }
}
