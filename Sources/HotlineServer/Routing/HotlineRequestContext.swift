import HotlineCore
import Hummingbird
import Logging
import NIOCore

/// What the server hands each request's context: the connection, the request's logger (which
/// carries its id) and the peer the kernel named when the connection was accepted.
struct HotlineContextSource: RequestContextSource {
    let channel: any Channel
    let logger: Logger
    let peer: PeerIdentity?
    /// The names of the peer's groups, primary and supplementary.
    let peerGroups: Set<String>
}

/// The per-request context: Hummingbird's core storage, the connection, the peer's identity and
/// what it may do.
///
/// The one place a handler learns who is asking (``peer``, from `SO_PEERCRED`, never from the
/// body), which request this is (``requestID``) and whether the client is still there
/// (``channel`` for ``ClientDeparture``).
struct HotlineRequestContext: RequestContext {
    typealias Source = HotlineContextSource

    var coreContext: CoreRequestContextStorage
    /// The client's connection.
    let channel: any Channel
    /// The process that opened the connection, with its user name; `nil` off a Unix socket.
    let peer: PeerIdentity?
    /// The names of the peer's groups, primary and supplementary.
    let peerGroups: Set<String>
    /// What the peer may do, set by ``AccessMiddleware`` before any handler runs.
    var access = PeerAccess(roles: [])

    init(source: HotlineContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
        self.peer = source.peer
        self.peerGroups = source.peerGroups
    }

    /// The request's id, as logged with every entry about it.
    var requestID: String { id }
}
