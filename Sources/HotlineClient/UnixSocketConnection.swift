import Foundation

/// A connected Unix stream socket with blocking reads and writes and a receive timeout.
public final class UnixSocketConnection {
    private var descriptor: Int32

    /// Connects to the socket at `path`.
    ///
    /// - Throws: ``HotlineClientError/unreachable(path:reason:)`` when nothing listens there.
    public init(path: String, timeoutSeconds: Int = 30) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HotlineClientError.unreachable(path: path, reason: Self.lastError()) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            Glibc.close(fd)
            throw HotlineClientError.unreachable(path: path, reason: "socket path too long")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else {
            let reason = Self.lastError()
            Glibc.close(fd)
            throw HotlineClientError.unreachable(path: path, reason: reason)
        }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        descriptor = fd
    }

    deinit { close() }

    /// Sends all of `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        do {
            try writeAll(bytes)
        } catch let failure as PartialWrite {
            throw HotlineClientError.connectionLost(reason: failure.reason)
        }
    }

    /// Sends all of `bytes`; a failure (``PartialWrite``) tells how many of them had been sent.
    func writeAll(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0 {
                if errno == EINTR { continue }
                throw PartialWrite(sent: offset, reason: Self.lastError())
            }
            offset += sent
        }
    }

    /// Whether the connection can no longer carry a request: the daemon closed it (an idle
    /// keep-alive connection it timed out), reset it, or sent something nobody asked for.
    /// Looks without waiting and without taking anything from the socket.
    func isStale() -> Bool {
        guard descriptor >= 0 else { return true }
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if count < 0 { return !(errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) }
        return true
    }

    /// Reads what is available, up to `maximum` bytes; an empty array means the peer closed.
    public func read(maximum: Int = 65536) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: maximum)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, maximum, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw HotlineClientError.connectionLost(reason: Self.lastError())
            }
            return Array(buffer.prefix(count))
        }
    }

    /// Closes the connection; further use fails.
    public func close() {
        if descriptor >= 0 {
            Glibc.close(descriptor)
            descriptor = -1
        }
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
