import Foundation
import HotlineSystemd
import Testing

/// sd_notify against a test-owned NOTIFY_SOCKET datagram listener, from a separate probe process
/// (NOTIFY_SOCKET and WATCHDOG_* are process-wide environment, so they are not set in the test process).
@Suite("SystemdNotifier")
struct SystemdNotifierTests {
    @Test("messages arrive in order with the documented assignments")
    func sequence() async throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let listener = try NotifyListener(directory: directory)
        let probe = try TestSupport.product("hotline-systemd-probe")
        let result = try await TestSupport.run(
            probe, ["notify"], environment: TestSupport.cleanEnvironment(["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "2000000"])
        )
        #expect(result.status == 0)
        #expect(result.stdout.contains("watchdog-usec=2000000\n"))
        #expect(result.stdout.contains("enabled=true\n"))
        #expect(result.stdout.contains("sent=1111111\n"))
        try await Task.sleep(for: .milliseconds(100))
        let messages = listener.drain()
        try #require(messages.count == 7, "\(messages)")
        #expect(messages[0] == "READY=1\nSTATUS=Serving")
        #expect(messages[1] == "STATUS=Calls today: 3 open high: 1")
        #expect(messages[2] == "WATCHDOG=1")
        let reloading = messages[3].split(separator: "\n")
        #expect(reloading.first == "RELOADING=1")
        #expect(reloading.last == "STATUS=Reloading")
        let monotonic = try #require(reloading.first { $0.hasPrefix("MONOTONIC_USEC=") })
        let usec = try #require(UInt64(monotonic.dropFirst("MONOTONIC_USEC=".count)))
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let nowUsec = UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1000
        #expect(usec <= nowUsec && nowUsec - usec < 60_000_000, "MONOTONIC_USEC must be CLOCK_MONOTONIC in µs")
        #expect(messages[4] == "READY=1")
        #expect(messages[5] == "EXTEND_TIMEOUT_USEC=20000000")
        #expect(messages[6] == "STOPPING=1")
    }

    @Test("without NOTIFY_SOCKET nothing is sent and no watchdog is reported")
    func disabled() async throws {
        let probe = try TestSupport.product("hotline-systemd-probe")
        let result = try await TestSupport.run(probe, ["notify"], environment: TestSupport.cleanEnvironment())
        #expect(result.status == 0)
        #expect(result.stdout == "watchdog-usec=none\nenabled=false\nsent=0000000\n")
    }

    @Test("WATCHDOG_PID naming another process disables the watchdog")
    func watchdogForAnotherProcess() async throws {
        let probe = try TestSupport.product("hotline-systemd-probe")
        let result = try await TestSupport.run(
            probe, ["notify"], environment: TestSupport.cleanEnvironment(["WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "1"])
        )
        #expect(result.stdout.hasPrefix("watchdog-usec=none\n"))
    }
}
