import CSystemd
import Foundation
import HotlineCore
import NIOCore
import NIOPosix

/// Reads the identity of the process at the other end of a Unix socket (`SO_PEERCRED`).
enum PeerCredentials {
    /// The peer of `channel` (its user name not yet looked up), or `nil` when it is not a
    /// Unix-domain connection. Read on the channel's event loop while its pipeline is set up, where
    /// the option is read at once.
    ///
    /// Kept internal and non-inlinable: NIO requires `unsafeGetSocketOption` with libc types to
    /// be called from such functions.
    static func read(_ channel: any Channel) -> EventLoopFuture<PeerIdentity?> {
        guard case .unixDomainSocket = channel.localAddress, let provider = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeSucceededFuture(nil)
        }
        let credentials: EventLoopFuture<csd_ucred> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
        return credentials.map { Optional(PeerIdentity(uid: $0.uid, gid: $0.gid, pid: $0.pid, user: nil)) }.recover { _ in nil }
    }
}
