import Foundation
import HotlineStore
import HotlineSystemd
import Logging
import ServiceLifecycle

/// Keeps systemd informed while the daemon runs: `WATCHDOG=1` at half of `WATCHDOG_USEC`, but only
/// after a ``ServingSelfCheck`` through the real socket succeeded and the database writer answered, and a short `STATUS=` line with
/// live figures (calls today, open high-band calls). On graceful shutdown (SIGTERM) it sends
/// `STOPPING=1` first: it is the last service of the group, so it is told to stop before the server.
struct SystemdHeartbeat: Service {
    let notifier: SystemdNotifier
    let selfCheck: ServingSelfCheck
    let store: CallStore
    let logger: Logger
    /// How often STATUS= is refreshed when no watchdog is configured.
    var statusInterval: Duration = .seconds(30)

    func run() async throws {
        let watchdog = notifier.watchdogInterval()
        if notifier.isEnabled {
            let period = watchdog.map { $0 / 2 } ?? statusInterval
            var lastStatus = ""
            while !Task.isShuttingDownGracefully && !Task.isCancelled {
                if watchdog != nil {
                    // The request path (socket, HTTP, handler, a database read), then the writer queue
                    // every commit goes through: if either hangs, no ping, and systemd restarts us.
                    if await selfCheck.run(), await store.writerResponds() {
                        notifier.watchdog()
                    } else {
                        logger.warning("self-check through the socket failed; watchdog ping withheld")
                    }
                }
                if let status = await StatusLine.current(store: store), status != lastStatus {
                    notifier.status(status)
                    lastStatus = status
                }
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: period) }
            }
        } else {
            try? await gracefulShutdown()
        }
        notifier.stopping(status: "Stopping: finishing requests in flight")
        logger.notice("hotlined stopping: no new connections, finishing requests in flight",
                      metadata: HotlineEvent.daemonStopping.metadata())
    }
}

/// The one-line `STATUS=` text: no personal data, figures only.
enum StatusLine {
    static func current(store: CallStore, now: Date = Date()) async -> String? {
        let startOfDay = Calendar.current.startOfDay(for: now)
        guard let activity = try? await store.activity(since: startOfDay) else { return nil }
        return text(activity)
    }

    static func text(_ activity: StoreActivity) -> String {
        "Serving; calls today: \(activity.callsToday), open high-band calls: \(activity.openHighBandCalls)"
    }
}
