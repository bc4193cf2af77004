import CSystemd
import Foundation
import HotlineCore
import NIOCore
import NIOPosix

/// Reads the identity of the process at the other end of a Unix socket (`SO_PEERCRED`).
enum PeerCredentials {
    /// The peer of `channel`, or `nil` when it is not a Unix-domain connection.
    ///
    /// Kept internal and non-inlinable: NIO requires `unsafeGetSocketOption` with libc types to
    /// be called from such functions.
    static func read(from channel: any Channel) async -> PeerIdentity? {
        guard case .unixDomainSocket = channel.localAddress, let provider = channel as? any SocketOptionProvider else {
            return nil
        }
        guard
            let credentials: csd_ucred = try? await provider.unsafeGetSocketOption(
                level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED)
            ).get()
        else { return nil }
        return PeerIdentity(
            uid: credentials.uid, gid: credentials.gid, pid: credentials.pid, user: userName(of: credentials.uid))
    }

    /// Whether the peer of `channel` is this very process (the watchdog's self-check). Read on the
    /// channel's event loop while its pipeline is set up, where the option is read at once.
    static func isThisProcess(_ channel: any Channel) -> EventLoopFuture<Bool> {
        guard case .unixDomainSocket = channel.localAddress, let provider = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeSucceededFuture(false)
        }
        let credentials: EventLoopFuture<csd_ucred> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
        return credentials.map { $0.pid == getpid() }.recover { _ in false }
    }

    /// The login name of `uid` on this host.
    static func userName(of uid: uid_t) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else {
            return nil
        }
        return String(cString: name)
    }
}
