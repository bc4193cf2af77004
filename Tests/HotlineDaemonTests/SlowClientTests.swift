import Foundation
import HotlineClient
import Testing

extension UnderLoad {
    /// Connection exhaustion (issue 9, item 3): clients that never finish a request must not keep
    /// everyone else waiting. Every test is bounded in connections and time and stops by itself.
    @Suite("Slow clients and a full daemon")
    struct SlowClientTests {
        /// One request on a fresh connection, with how long it took; `nil` when none came.
        static func timedHealth(_ socketPath: String) -> (answer: HTTPAnswer?, seconds: TimeInterval) {
            let started = Date()
            let client = UnixHTTPClient(socketPath: socketPath, timeoutSeconds: 3)
            defer { client.close() }
            let answer = try? client.get("/v1/health")
            return (answer, Date().timeIntervalSince(started))
        }

        /// Whether `answer` is the documented refusal of a full daemon: 503, the JSON error contract
        /// with code server_busy, and a Retry-After header.
        static func isBusyRefusal(_ answer: HTTPAnswer) -> Bool {
            let error = answer.json?["error"] as? [String: Any]
            return answer.status == 503 && error?["code"] as? String == "server_busy" && error?["message"] is String
                && answer.headers["retry-after"].flatMap(Int.init) != nil
                && answer.headers["content-type"]?.hasPrefix("application/json") == true
        }

        @Test("during a slowloris flood of 300 connections a normal client is served within a second: its answer or a 503")
        func slowlorisFlood() throws {
            let daemon = try DaemonProcess().start()
            let flood = SlowlorisFlood(socketPath: daemon.socketPath, connections: 300, duration: 12)
            flood.start()
            defer { flood.stop() }
            #expect(flood.counts.opened >= 256, "the flood opened \(flood.counts.opened) connections")
            var served = 0
            for round in 0..<6 {
                let (answer, seconds) = Self.timedHealth(daemon.socketPath)
                #expect(seconds < 1, "round \(round): took \(seconds) s")
                guard let answer else {
                    Issue.record("round \(round): no answer within \(seconds) s (the daemon let the client hang)")
                    continue
                }
                #expect(answer.status == 200 || Self.isBusyRefusal(answer), "round \(round): \(answer.status) \(answer.headers) \(answer.text)")
                if answer.status == 200 { served += 1 }
                Thread.sleep(forTimeInterval: 1)
            }
            // Slow clients are dropped after the header timeout (default 5 s): by then slots free up.
            #expect(flood.counts.dropped > 0, "no slow client was dropped")
            flood.stop()
            let after = Self.timedHealth(daemon.socketPath)
            #expect(after.answer?.status == 200, "after the flood: \(String(describing: after.answer?.status))")
        }

        @Test("a client that never finishes its request head is dropped after the header timeout (default 5 s)")
        func slowHeadDropped() throws {
            let daemon = try DaemonProcess().start()
            let connection = try UnixSocketConnection(path: daemon.socketPath, timeoutSeconds: 1)
            defer { connection.close() }
            try connection.write(Array("GET /v1/health HTTP/1.1\r\nHost: slow\r\n".utf8))
            let started = Date()
            let outcome = Self.dripUntilDropped(connection, line: { "X-Slow-\($0): 1\r\n" }, giveUpAfter: 12)
            let seconds = Date().timeIntervalSince(started)
            #expect(outcome.dropped, "still connected after \(seconds) s")
            #expect(seconds < 9, "dropped only after \(seconds) s")
            if let answer = outcome.answer {
                #expect(answer.contains("HTTP/1.1 408"), "\(answer)")
                #expect(answer.contains(#""code":"request_timeout""#), "\(answer)")
            }
            #expect(try daemon.client().get("/v1/health").status == 200)
        }

        @Test("a client that sends its body too slowly is dropped after the configured body timeout")
        func slowBodyDropped() throws {
            let daemon = try DaemonProcess()
            let config = daemon.directory.appendingPathComponent("hotline.yaml")
            try "limits:\n  header_timeout_seconds: 1\n  body_timeout_seconds: 1\n".write(to: config, atomically: true, encoding: .utf8)
            try daemon.start(arguments: ["--config", config.path])
            let connection = try UnixSocketConnection(path: daemon.socketPath, timeoutSeconds: 1)
            defer { connection.close() }
            try connection.write(Array("POST /v1/calls HTTP/1.1\r\nHost: slow\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{".utf8))
            let started = Date()
            let outcome = Self.dripUntilDropped(connection, line: { _ in " " }, giveUpAfter: 10)
            let seconds = Date().timeIntervalSince(started)
            #expect(outcome.dropped, "still connected after \(seconds) s")
            #expect(seconds < 5, "dropped only after \(seconds) s")
            if let answer = outcome.answer {
                #expect(answer.contains("HTTP/1.1 408"), "\(answer)")
                #expect(answer.contains(#""code":"request_timeout""#), "\(answer)")
            }
            #expect(try daemon.client().get("/v1/health").status == 200)
        }

        /// Sends `line(n)` about every second (each read waits up to the connection's 1 s timeout)
        /// until the daemon answers or closes, or `giveUpAfter` seconds pass.
        static func dripUntilDropped(
            _ connection: UnixSocketConnection, line: (Int) -> String, giveUpAfter: TimeInterval
        ) -> (dropped: Bool, answer: String?) {
            let deadline = Date().addingTimeInterval(giveUpAfter)
            var received: [UInt8] = []
            var number = 0
            while Date() < deadline {
                do {
                    let bytes = try connection.read()
                    if bytes.isEmpty { return (true, received.isEmpty ? nil : String(decoding: received, as: UTF8.self)) }
                    received += bytes
                    continue
                } catch {
                    // No answer within the read timeout: still connected, so drip on.
                }
                do {
                    try connection.write(Array(line(number).utf8))
                } catch {
                    return (true, received.isEmpty ? nil : String(decoding: received, as: UTF8.self))
                }
                number += 1
            }
            return (false, nil)
        }
    }
}
