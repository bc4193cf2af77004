import Foundation
import HotlineCore
import HotlineStore
import HotlineSystemd
import Logging
import ServiceLifecycle

/// Looks for open calls that have passed their deadline every `deadlines.overdue_check_seconds`
/// and logs each once: at warning for a high, custody, minor or danger call (so
/// `journalctl -u hotlined -p warning` stays the live list of what needs action), else at notice.
/// Ids, codes and times only.
struct OverdueWatch: Service {
    let store: CallStore
    let configuration: ConfigurationHolder
    let logger: Logger

    func run() async throws {
        var reported: Set<Int64> = []
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let policy = configuration.current.deadlines
            let now = Date()
            if let open = try? await store.queue(policy: policy, now: now, limit: Int.max) {
                for entry in open where entry.dueAt < now && !reported.contains(entry.id) {
                    reported.insert(entry.id)
                    // Danger, custody, a minor, or the high band (untriaged counts as high): the worklist's
                    // most urgent levels.
                    let urgent = DeadlinePolicy.urgency(flags: entry.flags, band: entry.band) <= DeadlinePolicy.highUrgency
                    logger.log(
                        level: urgent ? .warning : .notice, "call \(entry.id) is overdue",
                        metadata: HotlineEvent.callOverdue.metadata([
                            "call_id": "\(entry.id)", "band": "\(entry.band ?? "untriaged")",
                            "flags": "\(entry.flags.joined(separator: ","))", "due_at": "\(RFC3339.format(entry.dueAt))",
                            "overdue_seconds": "\(entry.overdueSeconds(at: now))",
                        ]))
                }
                // A call closed (or no longer overdue after a change) is reported again if it ever is.
                let stillOverdue = Set(open.filter { $0.dueAt < now }.map(\.id))
                reported.formIntersection(stillOverdue)
            }
            // The wait ends at once when the daemon stops.
            _ = try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(policy.overdueCheckSeconds)) }
        }
    }
}
