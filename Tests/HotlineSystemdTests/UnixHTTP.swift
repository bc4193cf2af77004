import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-shot HTTP/1.1 exchange over a Unix socket (`Connection: close`, read to EOF), enough to
/// drive the daemon from the tests without depending on the package's client library.
enum UnixHTTP {
    struct Answer {
        var status: Int
        var body: String
    }

    static func send(_ socketPath: String, _ method: String, _ path: String, json: String? = nil) throws -> Answer {
        var request = "\(method) \(path) HTTP/1.1\r\nHost: hotline\r\nConnection: close\r\n"
        if let json { request += "Content-Type: application/json\r\nContent-Length: \(json.utf8.count)\r\n" }
        request += "\r\n" + (json ?? "")
        let reply = try exchange(socketPath, Array(request.utf8))
        guard let headEnd = reply.range(of: "\r\n\r\n"),
              let statusText = reply.split(separator: " ", maxSplits: 2).dropFirst().first,
              let status = Int(statusText)
        else { throw TestFailure("no HTTP answer: \(reply.prefix(200))") }
        return Answer(status: status, body: String(reply[headEnd.upperBound...]))
    }

    /// Connects, writes `bytes`, reads until the server closes (10 s receive timeout).
    ///
    /// A refused connection is retried for up to 5 s: a listener's socket file exists from `bind()`
    /// on, a moment before it calls `listen()`.
    static func exchange(_ path: String, _ bytes: [UInt8]) throws -> String {
        var fd: CInt = -1
        var attempts = 0
        while true {
            fd = socket(AF_UNIX, CInt(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw TestFailure("socket") }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            if connected == 0 { break }
            let failure = errno
            close(fd)
            attempts += 1
            guard failure == ECONNREFUSED, attempts < 100 else { throw TestFailure("connect \(path): errno \(failure)") }
            usleep(50_000)
        }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw TestFailure("write: errno \(errno)") }
            offset += written
        }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            data.append(contentsOf: buffer.prefix(count))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Polls `GET /v1/health` until it answers 200.
    static func waitForHealth(_ socketPath: String, timeout: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let answer = try? send(socketPath, "GET", "/v1/health"), answer.status == 200 { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestFailure("daemon did not answer on \(socketPath)")
    }
}
