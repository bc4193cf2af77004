import Foundation
import HotlineClient
import Testing

extension UnderLoad {
    /// Abandoned requests (issue 9, item 4): work for a client that has gone stops, so a burst of
    /// listing requests whose clients hang up at once neither stalls other clients nor swells the daemon.
    @Suite("Abandoned requests")
    struct AbandonedRequestTests {
        /// A daemon whose database holds `calls` copies of a record with a long narrative.
        static func daemonWithCalls(_ calls: Int) throws -> DaemonProcess {
            let daemon = try DaemonProcess().start()
            let narrative = String(
                repeating: "The caller's cousin works twelve hours a day at a car wash near Vejle; the owner keeps his passport and takes his wages for a debt. ",
                count: 24)
            #expect(try daemon.client().post("/v1/calls", json: sampleRecord(narrative: narrative)).status == 201)
            daemon.stop()
            try PythonSQLite.multiplyFirstCall(daemon.databasePath, to: calls)
            try daemon.start()
            return daemon
        }

        @Test("after 100 listing requests abandoned right after sending, health answers within a second and RSS stays bounded")
        func abandonedListings() throws {
            let daemon = try Self.daemonWithCalls(600)
            let pid = try #require(daemon.process?.processIdentifier)
            // One whole page first: what serving a listing costs once belongs to the baseline.
            let page = try UnixHTTPClient(socketPath: daemon.socketPath, timeoutSeconds: 60).get("/v1/calls?limit=500")
            #expect(page.status == 200)
            let baseline = try #require(residentBytes(of: pid))

            for _ in 0..<100 {
                let connection = try UnixSocketConnection(path: daemon.socketPath, timeoutSeconds: 5)
                try connection.write(Array("GET /v1/calls?limit=500 HTTP/1.1\r\nHost: gone\r\n\r\n".utf8))
                connection.close()
            }
            let started = Date()
            let health = try? UnixHTTPClient(socketPath: daemon.socketPath, timeoutSeconds: 60).get("/v1/health")
            let seconds = Date().timeIntervalSince(started)
            #expect(health?.status == 200)
            #expect(seconds < 1, "health took \(seconds) s after the abandoned requests")

            // Whatever was still running for the gone clients has had time to stop (or to finish).
            Thread.sleep(forTimeInterval: 2)
            let after = try #require(residentBytes(of: pid))
            let grown = after - baseline
            #expect(grown < 24 << 20, "RSS grew by \(grown >> 20) MiB (from \(baseline >> 20) MiB to \(after >> 20) MiB)")
            #expect(try daemon.client().get("/v1/calls?limit=5").status == 200)
        }
    }
}
