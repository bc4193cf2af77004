import HotlineCore
import Synchronization

/// The peer of every open connection, read once from `SO_PEERCRED` when it is accepted.
///
/// The kernel fixes a Unix socket's peer credentials at `connect()`, so reading them once per
/// connection is exact, and a request finds its peer without a socket call or an event-loop hop.
/// Entries leave when their connection closes.
final class ConnectionPeers: Sendable {
    private let peers = Mutex<[ObjectIdentifier: PeerIdentity]>([:])

    func set(_ peer: PeerIdentity, for connection: ObjectIdentifier) {
        peers.withLock { $0[connection] = peer }
    }

    func remove(_ connection: ObjectIdentifier) {
        _ = peers.withLock { $0.removeValue(forKey: connection) }
    }

    func peer(of connection: ObjectIdentifier) -> PeerIdentity? {
        peers.withLock { $0[connection] }
    }

    /// How many connections have a known peer (for tests of the bookkeeping).
    var count: Int { peers.withLock { $0.count } }
}
