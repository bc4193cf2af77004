import Foundation
import HotlineSystemd

/// Where the daemon listens: a socket systemd handed over, or the configured path it binds itself.
enum ListeningSocket: Sendable, Equatable {
    /// A listening `AF_UNIX` stream socket passed through `LISTEN_FDS` (socket activation), with the
    /// path it is bound to (for the watchdog's self-check).
    case inherited(descriptor: CInt, path: String)
    /// No socket was handed over: bind this path.
    case bind(path: String)

    /// Why a handed-over socket cannot be used.
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// Takes the socket systemd passed, if any (the `LISTEN_*` variables are cleared either way),
    /// otherwise falls back to binding `configuredPath`.
    static func resolve(configuredPath: String) throws(Problem) -> ListeningSocket {
        let descriptors = SocketActivation.listeningDescriptors()
        guard let descriptor = descriptors.first else { return .bind(path: configuredPath) }
        guard descriptors.count == 1 else {
            throw Problem(description: "systemd passed \(descriptors.count) sockets; hotlined serves exactly one")
        }
        guard SocketActivation.isListeningUnixStream(descriptor) else {
            throw Problem(description: "the socket systemd passed (fd \(descriptor)) is not a listening AF_UNIX stream socket")
        }
        return .inherited(descriptor: descriptor, path: boundPath(of: descriptor) ?? configuredPath)
    }

    /// The path a Unix socket is bound to, from `getsockname`.
    static func boundPath(of descriptor: CInt) -> String? {
        var address = sockaddr_un()
        var length = socklen_t(MemoryLayout<sockaddr_un>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0, address.sun_family == sa_family_t(AF_UNIX) else { return nil }
        let path = withUnsafeBytes(of: &address.sun_path) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        return path.isEmpty ? nil : path
    }

    /// The path clients (and the self-check) connect to.
    var path: String {
        switch self {
        case .inherited(_, let path), .bind(let path): path
        }
    }
}
