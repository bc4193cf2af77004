import Foundation

/// A connected Unix stream socket with blocking writes, reads against a deadline, and a bounded
/// connect.
///
/// A Unix-socket `connect()` blocks while the server's listen queue is full; the kernel bounds that
/// wait by the socket's send timeout, so it is set before connecting. Reads wait with `poll()` for
/// at most the time left, so neither a full daemon nor a silent one keeps a client waiting forever.
public final class UnixSocketConnection {
    private var descriptor: Int32

    /// Connects to the socket at `path`.
    ///
    /// - Parameters:
    ///   - timeoutSeconds: the longest one write or one read may wait.
    ///   - connectTimeoutSeconds: the longest the connection may wait in a full listen queue;
    ///     `nil`: as long as `timeoutSeconds`.
    /// - Throws: ``HotlineClientError/unreachable(path:reason:)`` when nothing listens there, and
    ///   ``HotlineClientError/timedOut(_:)`` when the listen queue stayed full.
    public init(path: String, timeoutSeconds: Double = 30, connectTimeoutSeconds: Double? = nil) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
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
        let connectTimeout = connectTimeoutSeconds ?? timeoutSeconds
        Self.setTimeout(fd, SO_SNDTIMEO, seconds: connectTimeout)
        var connected: Int32
        repeat {
            connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
        } while connected != 0 && errno == EINTR
        guard connected == 0 else {
            let code = errno
            let reason = Self.lastError()
            Glibc.close(fd)
            if code == EAGAIN || code == EWOULDBLOCK {
                throw HotlineClientError.timedOut("no connection accepted within \(Self.format(connectTimeout)) s (the daemon's listen queue is full)")
            }
            throw HotlineClientError.unreachable(path: path, reason: reason)
        }
        Self.setTimeout(fd, SO_SNDTIMEO, seconds: timeoutSeconds)
        Self.setTimeout(fd, SO_RCVTIMEO, seconds: timeoutSeconds)
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
                if errno == EAGAIN || errno == EWOULDBLOCK { throw HotlineClientError.timedOut("the daemon took no more of the request") }
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

    /// Reads what is available, up to `maximum` bytes, waiting until `deadline` at the latest;
    /// an empty array means the peer closed.
    ///
    /// - Throws: ``HotlineClientError/timedOut(_:)`` when nothing came before `deadline`.
    public func read(maximum: Int = 65536, deadline: Date) throws -> [UInt8] {
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw HotlineClientError.timedOut("no answer from the daemon in time") }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left * 1000, Double(Int32.max)).rounded(.up)))
            if ready < 0 {
                if errno == EINTR { continue }
                throw HotlineClientError.connectionLost(reason: Self.lastError())
            }
            if ready == 0 { continue }
            return try read(maximum: maximum)
        }
    }

    /// Reads what is available, up to `maximum` bytes (waiting at most the connection's timeout);
    /// an empty array means the peer closed.
    public func read(maximum: Int = 65536) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: maximum)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, maximum, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { throw HotlineClientError.timedOut("no answer from the daemon in time") }
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

    static func setTimeout(_ fd: Int32, _ option: Int32, seconds: Double) {
        let whole = max(0, seconds.rounded(.down))
        var timeout = timeval(tv_sec: Int(whole), tv_usec: Int((max(0, seconds) - whole) * 1_000_000))
        if timeout.tv_sec == 0 && timeout.tv_usec == 0 { timeout.tv_usec = 1 }  // 0 would mean "wait forever"
        setsockopt(fd, SOL_SOCKET, option, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
