import Foundation

/// A small HTTP/1.1 client over a Unix socket, for the CLI, the load generator and the tests.
///
/// It keeps one connection open between requests (keep-alive) and reconnects when the server
/// has closed it. It never waits without bound: a connection must be accepted within
/// `connectTimeoutSeconds` (a full listen queue otherwise holds `connect()`), and a whole answer
/// must arrive within `timeoutSeconds` of sending the request; else it throws
/// ``HotlineClientError/timedOut(_:)``. A request is sent again on a new connection only when none
/// of it was sent on the kept one: once some of it reached the daemon, the daemon may have acted on
/// it (a POST stored) and only the answer was lost, so the failure is the caller's to see, not
/// silently repeated. A request that timed out is never sent again.
public final class UnixHTTPClient {
    /// The daemon's socket.
    public let socketPath: String
    private let timeoutSeconds: Double
    private let connectTimeoutSeconds: Double
    private var connection: UnixSocketConnection?

    /// The connect timeout when none is given.
    public static let defaultConnectTimeoutSeconds: Double = 5
    /// The read timeout (a whole answer) when none is given.
    public static let defaultTimeoutSeconds: Double = 30

    public init(
        socketPath: String, timeoutSeconds: Double = defaultTimeoutSeconds,
        connectTimeoutSeconds: Double = defaultConnectTimeoutSeconds
    ) {
        self.socketPath = socketPath
        self.timeoutSeconds = timeoutSeconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
    }

    /// Sends one request and reads the whole answer.
    public func send(
        _ method: String, _ path: String, body: [UInt8]? = nil, contentType: String? = "application/json",
        headers extra: [String: String] = [:]
    ) throws -> HTTPAnswer {
        let request = Self.encode(method: method, path: path, body: body, contentType: contentType, headers: extra)
        if let kept = connection {
            if kept.isStale() {
                // The daemon closed the idle connection: nothing of this request was sent on it.
                drop(kept)
            } else {
                do {
                    return try exchange(request, on: kept)
                } catch let failure as PartialWrite where failure.sent == 0 {
                    // Refused before a byte of it was taken: safe to send on a new connection.
                    drop(kept)
                } catch {
                    // Part of it was sent, or the daemon did not answer in time: not asked again.
                    drop(kept)
                    throw error
                }
            }
        }
        let fresh = try UnixSocketConnection(
            path: socketPath, timeoutSeconds: timeoutSeconds, connectTimeoutSeconds: connectTimeoutSeconds)
        connection = fresh
        do {
            return try exchange(request, on: fresh)
        } catch let failure as PartialWrite {
            drop(fresh)
            throw HotlineClientError.connectionLost(reason: failure.reason)
        } catch {
            drop(fresh)
            throw error
        }
    }

    private func drop(_ broken: UnixSocketConnection) {
        broken.close()
        if connection === broken { connection = nil }
    }

    /// Sends a JSON body given as text.
    public func post(_ path: String, json: String) throws -> HTTPAnswer {
        try send("POST", path, body: Array(json.utf8))
    }

    /// Sends a GET.
    public func get(_ path: String) throws -> HTTPAnswer {
        try send("GET", path, body: nil, contentType: nil)
    }

    /// Closes the kept connection.
    public func close() {
        connection?.close()
        connection = nil
    }

    static func encode(method: String, path: String, body: [UInt8]?, contentType: String?, headers: [String: String]) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: hotline\r\n"
        if let contentType, body != nil { head += "Content-Type: \(contentType)\r\n" }
        if let body { head += "Content-Length: \(body.count)\r\n" }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + (body ?? [])
    }

    /// Sends the request and reads the answer. Throws ``PartialWrite`` when sending failed (with how
    /// much was sent), ``HotlineClientError`` otherwise.
    private func exchange(_ request: [UInt8], on connection: UnixSocketConnection) throws -> HTTPAnswer {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        do {
            try connection.writeAll(request)
        } catch let failure as PartialWrite where failure.sent > 0 {
            throw HotlineClientError.connectionLost(reason: "\(failure.reason) after part of the request was sent")
        }
        var received: [UInt8] = []
        var answer: HTTPAnswer?
        var bodyStart = 0
        var length = 0
        while true {
            if answer == nil, let end = Self.headerEnd(in: received) {
                answer = try Self.parseHead(Array(received[..<end]))
                bodyStart = end + 4
                guard let declared = answer?.headers["content-length"].flatMap(Int.init) else {
                    throw HotlineClientError.malformedResponse("no Content-Length")
                }
                length = declared
            }
            if var complete = answer, received.count - bodyStart >= length {
                complete.body = Array(received[bodyStart..<(bodyStart + length)])
                if complete.headers["connection"]?.lowercased() == "close" { connection.close() }
                return complete
            }
            let chunk = try connection.read(deadline: deadline)
            if chunk.isEmpty { throw HotlineClientError.connectionLost(reason: "closed by the daemon") }
            received += chunk
        }
    }

    private static func headerEnd(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }

    private static func parseHead(_ bytes: [UInt8]) throws -> HTTPAnswer {
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
            throw HotlineClientError.malformedResponse("bad status line")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPAnswer(status: status, headers: headers, body: [])
    }
}
