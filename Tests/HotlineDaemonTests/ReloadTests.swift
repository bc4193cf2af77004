import Foundation
import HotlineClient
import Testing

/// SIGHUP reloads are all or nothing (issue 9, item 9).
@Suite("Reload")
struct ReloadTests {
    private static var catalog: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config/indicators.yaml").path
    }

    /// Waits until the daemon's log holds `text` `count` times, for at most 10 s.
    private func waitForLog(_ daemon: DaemonProcess, _ text: String, count: Int = 1) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if daemon.stderr.components(separatedBy: text).count - 1 >= count { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    private func occurrences(of text: String, in log: String) -> Int {
        log.components(separatedBy: text).count - 1
    }

    @Test("a configuration whose catalog.path names a missing file refuses the whole reload")
    func missingCatalogRefusesReload() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "catalog:\n  path: \(Self.catalog)\n".write(to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        let pid = try #require(daemon.process?.processIdentifier)
        let version = try #require(daemon.client().get("/v1/health").json?["catalog_version"] as? String)

        kill(pid, SIGHUP)
        #expect(waitForLog(daemon, "indicator catalog reloaded"), "\(daemon.stderr)")
        #expect(occurrences(of: "configuration reloaded", in: daemon.stderr) == 1)

        let missing = daemon.directory.appendingPathComponent("no-such-catalog.yaml").path
        try "catalog:\n  path: \(missing)\nlimits:\n  max_connections: 64\n".write(to: config, atomically: true, encoding: .utf8)
        kill(pid, SIGHUP)
        #expect(waitForLog(daemon, "reload refused"), "\(daemon.stderr)")
        let log = daemon.stderr
        #expect(occurrences(of: "configuration reloaded", in: log) == 1, "the new configuration must not be put in force: \(log)")
        #expect(log.contains("message_id=1981f4ff53ec4cea8f12c8171ac43dfd"), "logged as a catalog reload failure: \(log)")

        let health = try daemon.client().get("/v1/health")
        #expect(health.status == 200)
        #expect(health.json?["catalog_version"] as? String == version)
        #expect(try daemon.client().post("/v1/calls", json: sampleRecord()).status == 201)

        // Fixed again: the next reload is whole.
        try "catalog:\n  path: \(Self.catalog)\n".write(to: config, atomically: true, encoding: .utf8)
        kill(pid, SIGHUP)
        #expect(waitForLog(daemon, "indicator catalog reloaded", count: 2), "\(daemon.stderr)")
        #expect(occurrences(of: "configuration reloaded", in: daemon.stderr) == 2)
    }
}
