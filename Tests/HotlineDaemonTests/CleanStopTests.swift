import Foundation
import HotlineClient
import Testing

/// A clean stop leaves the database whole in its file and ends before systemd would kill the
/// daemon (issue 9, item 9).
@Suite("Clean stop")
struct CleanStopTests {
    @Test("SIGTERM checkpoints the write-ahead log with TRUNCATE: no multi-MB -wal is left beside the database")
    func walTruncatedOnStop() throws {
        let daemon = try DaemonProcess().start()
        let narrative = String(repeating: "The employer keeps the passports and the workers owe a debt for the travel. ", count: 30)
        let socketPath = daemon.socketPath
        try runOnThreadsThrowing(4) { worker in
            let client = UnixHTTPClient(socketPath: socketPath)
            for n in 0..<75 {
                let answer = try client.post("/v1/calls", json: sampleRecord(externalID: "wal-\(worker)-\(n)", narrative: narrative))
                guard answer.status == 201 else { throw Failure("POST answered \(answer.status)") }
            }
        }
        let logSize = DaemonProcess.size(of: daemon.databasePath + "-wal") ?? 0
        #expect(logSize > 1_000_000, "the log must have grown for this test to mean anything: \(logSize) bytes")
        #expect(daemon.stop() == 0, "\(daemon.stderr)")
        let left = DaemonProcess.size(of: daemon.databasePath + "-wal") ?? 0
        #expect(left == 0, "a clean stop left \(left) bytes of write-ahead log")
        #expect(try PythonSQLite.rows(daemon.databasePath, "SELECT count(*) FROM calls") == [["300"]])
        #expect(daemon.stderr.contains("checkpointed and truncated"), "\(daemon.stderr)")
    }

    /// `TimeoutStopSec=` of the shipped unit, in seconds.
    private func unitStopTimeout() throws -> TimeInterval {
        let unit = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("systemd/hotlined.service")
        let text = try String(contentsOf: unit, encoding: .utf8)
        let value = try #require(text.firstMatch(of: /(?m)^TimeoutStopSec=(\d+)s?$/)?.1, "no TimeoutStopSec= in \(unit.path)")
        return TimeInterval(Int(value)!)
    }

    @Test("with a request stuck in flight, SIGTERM ends the daemon well before the unit's TimeoutStopSec, database closed")
    func stopsBeforeSystemdKills() throws {
        let timeout = try unitStopTimeout()
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "limits:\n  idle_timeout_seconds: 120\n".write(to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        // A POST whose body never arrives keeps a request in flight through the graceful stop.
        let stuck = try UnixSocketConnection(path: daemon.socketPath, timeoutSeconds: 60)
        try stuck.write(Array(
            "POST /v1/calls HTTP/1.1\r\nHost: hotline\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"channel\":".utf8))
        Thread.sleep(forTimeInterval: 0.5)
        let (status, seconds) = daemon.stop(within: timeout + 10)
        // Leave systemd's SIGKILL a margin: the checkpoint and close must be done well before it.
        #expect(seconds < timeout - 2, "stopped after \(seconds) s; systemd kills at \(timeout) s")
        #expect(status == 0, "exit \(String(describing: status)) (nil: still running after \(timeout + 10) s): \(daemon.stderr)")
        #expect(daemon.stderr.contains("checkpointed and truncated"), "\(daemon.stderr)")
        stuck.close()
    }
}

/// Runs `body` on `count` threads and rethrows the first error any of them threw.
func runOnThreadsThrowing(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
    let errors = Collected<String>()
    runOnThreads(count) { index in
        do { try body(index) } catch { errors.append("\(error)") }
    }
    if let first = errors.all.first { throw Failure(first) }
}
