internal import CSystemd
import Foundation
import NIOCore
import NIOPosix

/// The identity the kernel records for the process at the other end of a Unix socket
/// (`SO_PEERCRED`): who posted a call, as the daemon's services see it under systemd.
public struct PeerCredential: Sendable, Equatable {
    public var uid: UInt32
    public var gid: UInt32
    public var pid: Int32
}

/// Reads a connection's ``PeerCredential``: the one place the server touches the C boundary for it.
public enum PeerCredentials {
    /// The peer of `channel`, or `nil` when it is not a Unix-domain connection. Read on the
    /// channel's event loop while its pipeline is set up, where the option is read at once.
    ///
    /// Public but not inlinable: NIO requires `unsafeGetSocketOption` with libc types to be
    /// called from such functions.
    public static func read(_ channel: any Channel) -> EventLoopFuture<PeerCredential?> {
        guard case .unixDomainSocket = channel.localAddress, let provider = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeSucceededFuture(nil)
        }
        let credentials: EventLoopFuture<csd_ucred> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
        return credentials.map { Optional(PeerCredential(uid: $0.uid, gid: $0.gid, pid: $0.pid)) }.recover { _ in nil }
    }
}
