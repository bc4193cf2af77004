import Foundation
import HotlineClient
import Testing

/// Item 7 of issue 9: bytes that are not well-formed HTTP/1.1 get the JSON error contract and
/// the connection is closed at once. Sent as raw bytes over the Unix socket.
@Suite("Malformed HTTP")
struct MalformedHTTPTests {
    static let cases: [(String, String)] = [
        ("bad request line", "GARBAGE\r\n\r\n"),
        ("negative Content-Length", "POST /v1/calls HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"),
        ("non-numeric Content-Length", "POST /v1/calls HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n"),
        ("duplicate Content-Length", "POST /v1/calls HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"),
        ("Content-Length with Transfer-Encoding",
         "POST /v1/calls HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
        ("NUL in a header", "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-A: a\u{0}b\r\n\r\n"),
        ("oversize URL", "GET /v1/calls?" + String(repeating: "a", count: 200_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("10,000 headers",
         "GET /v1/health HTTP/1.1\r\nHost: x\r\n" + String(repeating: "X-Many: 1\r\n", count: 10_000) + "\r\n"),
    ]

    @Test("malformed requests are answered 400 with a JSON error and closed at once")
    func malformedRequests() throws {
        let daemon = try DaemonProcess().start()
        for (name, request) in Self.cases {
            let connection = try UnixSocketConnection(path: daemon.socketPath, timeoutSeconds: 5)
            defer { connection.close() }
            // The daemon may answer and close before the whole request is written.
            try? connection.write(Array(request.utf8))
            let started = Date()
            var received: [UInt8] = []
            var closed = false
            // A reset (the daemon closed with request bytes still unread) is a close too; a timeout is not.
            reading: while true {
                do {
                    let chunk = try connection.read(deadline: started.addingTimeInterval(5))
                    if chunk.isEmpty { closed = true; break reading }
                    received += chunk
                } catch HotlineClientError.connectionLost {
                    closed = true
                    break reading
                } catch {
                    break reading
                }
            }
            let text = String(decoding: received, as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.1 400 "), "\(name): \(text.prefix(80))")
            #expect(text.lowercased().contains("content-type: application/json"), "\(name)")
            #expect(text.lowercased().contains("connection: close"), "\(name)")
            #expect(text.contains("{\"error\":{\"code\":\"bad_request\""), "\(name): \(text.prefix(300))")
            #expect(closed, "\(name): the connection was not closed")
            #expect(Date().timeIntervalSince(started) < 3, "\(name)")
        }
        #expect(try daemon.client().get("/v1/health").status == 200)
    }

    @Test("CONNECT gets a JSON 405 with Allow and the connection is closed")
    func connectMethod() throws {
        let daemon = try DaemonProcess().start()
        let connection = try UnixSocketConnection(path: daemon.socketPath, timeoutSeconds: 5)
        defer { connection.close() }
        try connection.write(Array("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n".utf8))
        let started = Date()
        var received: [UInt8] = []
        var closed = false
        while let chunk = try? connection.read(deadline: started.addingTimeInterval(5)) {
            if chunk.isEmpty { closed = true; break }
            received += chunk
        }
        let text = String(decoding: received, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 405 "), "\(text.prefix(80))")
        #expect(text.lowercased().contains("allow: get, post"), "\(text)")
        #expect(text.contains("{\"error\":{\"code\":\"method_not_allowed\""), "\(text)")
        #expect(closed, "the connection was not closed")
        #expect(try daemon.client().get("/v1/health").status == 200)
    }

    @Test("HTTP/1.0 without keep-alive is answered and closed at once")
    func http10WithoutKeepAlive() throws {
        let daemon = try DaemonProcess().start()
        let connection = try UnixSocketConnection(path: daemon.socketPath, timeoutSeconds: 5)
        defer { connection.close() }
        try connection.write(Array("GET /v1/health HTTP/1.0\r\n\r\n".utf8))
        let started = Date()
        var received: [UInt8] = []
        var closed = false
        while let chunk = try? connection.read(deadline: started.addingTimeInterval(5)) {
            if chunk.isEmpty { closed = true; break }
            received += chunk
        }
        let text = String(decoding: received, as: UTF8.self)
        #expect(text.contains(" 200 "), "\(text.prefix(80))")
        #expect(closed, "the connection was held open")
        #expect(Date().timeIntervalSince(started) < 3)
    }

    @Test("only canonical paths are served: a sign, leading zeros, a trailing or doubled slash get a JSON 404")
    func nonCanonicalPaths() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        #expect(try client.send("POST", "/v1/calls", body: Array(sampleRecord().utf8)).status == 201)
        #expect(try client.get("/v1/calls/1").status == 200)
        for path in ["/v1/calls/+1", "/v1/calls/0005", "/v1/calls/01", "/v1/calls/1/", "//v1//calls//1", "/v1/calls/", "/v1//calls", "/v1/health/"] {
            let answer = try client.get(path)
            #expect(answer.status == 404, "\(path): \(answer.status)")
            #expect(answer.json?["error"] != nil, "\(path)")
        }
    }
}
