import Foundation
import HotlineClient
import Testing

extension UnderLoad {
    /// The watchdog's self-check tells "serving but full" from "hung" (issue 9, item 3): a daemon whose
    /// every connection slot is held by slow clients still pings systemd, within the watchdog interval.
    @Suite("Watchdog under a flood")
    struct WatchdogUnderFloodTests {
        @Test("WATCHDOG=1 keeps coming while slow clients hold every connection slot")
        func watchdogWhileFull() throws {
            let daemon = try DaemonProcess()
            let notify = try NotifySocket(directory: daemon.directory)
            let config = daemon.directory.appendingPathComponent("hotline.yaml")
            try "limits:\n  max_connections: 4\n".write(to: config, atomically: true, encoding: .utf8)
            // A 2 s watchdog: pings every second, each after a self-check through the socket.
            try daemon.start(
                arguments: ["--config", config.path],
                environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "2000000", "SWIFT_BACKTRACE": "enable=no"])
            let flood = SlowlorisFlood(socketPath: daemon.socketPath, connections: 16, duration: 10)
            flood.start()
            defer { flood.stop() }
            _ = notify.watchdogPings(during: 0.1)  // whatever came before the flood filled the slots
            let pings = notify.watchdogPings(during: 6)
            let gaps = zip(pings.dropFirst(), pings).map { $0.timeIntervalSince($1) }
            #expect(pings.count >= 3, "\(pings.count) pings in 6 s while full: the self-check took a full daemon for a hung one")
            #expect(gaps.allSatisfy { $0 < 2 }, "gaps between pings: \(gaps)")
            #expect(!daemon.stderr.contains("watchdog ping withheld"), "\(daemon.stderr.suffix(2000))")
        }
    }
}
