internal import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Tells the service manager about the daemon's state through `sd_notify(3)`.
///
/// Every method returns `true` when the message was delivered and `false` when there is no
/// `NOTIFY_SOCKET` (not started by systemd, or not `Type=notify`) or sending failed, so the
/// daemon can call them unconditionally.
///
/// Order for `hotlined`: ``ready(status:)`` once the socket listens and the database is open;
/// ``status(_:)`` with a short live summary; ``watchdog()`` every ``watchdogInterval()``/2 from the
/// serving path; on SIGHUP ``reloading(status:)`` first, then ``ready(status:)`` when done;
/// ``stopping(status:)`` on SIGTERM.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// Whether `NOTIFY_SOCKET` is set, i.e. a service manager listens for notifications.
    public var isEnabled: Bool { getenv("NOTIFY_SOCKET") != nil }

    /// `READY=1` (and `STATUS=`): start-up or a reload has finished.
    @discardableResult
    public func ready(status: String? = nil) -> Bool {
        send(["READY=1"] + statusLine(status))
    }

    /// `STATUS=`: one line for `systemctl status`. Keep personal data out of it.
    @discardableResult
    public func status(_ text: String) -> Bool {
        send(statusLine(text))
    }

    /// `WATCHDOG=1`: the keep-alive ping.
    @discardableResult
    public func watchdog() -> Bool {
        send(["WATCHDOG=1"])
    }

    /// `RELOADING=1` with `MONOTONIC_USEC=` (CLOCK_MONOTONIC in µs, required by `Type=notify-reload`
    /// on systemd ≥ 253, ignored by 252). Send it first thing on SIGHUP, then ``ready(status:)``.
    @discardableResult
    public func reloading(status: String? = nil) -> Bool {
        send(["RELOADING=1", "MONOTONIC_USEC=\(Self.monotonicMicroseconds())"] + statusLine(status))
    }

    /// `STOPPING=1`: shutdown has begun.
    @discardableResult
    public func stopping(status: String? = nil) -> Bool {
        send(["STOPPING=1"] + statusLine(status))
    }

    /// `EXTEND_TIMEOUT_USEC=`: asks for more time before a slow step (e.g. a long migration).
    @discardableResult
    public func extendTimeout(by duration: Duration) -> Bool {
        let (seconds, attoseconds) = duration.components
        return send(["EXTEND_TIMEOUT_USEC=\(seconds * 1_000_000 + attoseconds / 1_000_000_000_000)"])
    }

    /// Sends raw `NAME=value` assignments as one datagram.
    @discardableResult
    public func send(_ assignments: [String]) -> Bool {
        guard !assignments.isEmpty else { return false }
        return sd_notify(0, assignments.joined(separator: "\n")) > 0
    }

    /// The watchdog timeout systemd expects pings within (`WATCHDOG_USEC`, honoured only when
    /// `WATCHDOG_PID` is unset or names this process), or `nil` when the watchdog is off.
    /// Ping at half of it.
    public func watchdogInterval() -> Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(clamping: usec))
    }

    private func statusLine(_ status: String?) -> [String] {
        guard let status else { return [] }
        let oneLine = String(status.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
        return ["STATUS=" + oneLine]
    }

    /// CLOCK_MONOTONIC in microseconds, the clock `MONOTONIC_USEC=` refers to.
    public static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }
}
