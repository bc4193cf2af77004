import Foundation
import GRDB
import HotlineCore
import HotlineStore

/// The figures of what was done about the period's calls, from `call_events` and `referrals`:
/// referrals by target and outcome, closed calls by reason, time to first action and to closing,
/// calls handled within their deadline, and the open backlog at the end of the period.
///
/// Every figure depends on the database alone, never on when the export runs: the backlog is
/// worked out from the status events up to the period's end, and the deadline from the stored
/// triage, the deadline set by hand, and the policy of the configuration.
enum CaseWorkScan {
    /// Backlog age buckets, in days at the end of the period.
    static let ageBuckets: [(key: String, upToDays: Int?)] = [
        ("under_1_day", 1), ("1_to_7_days", 8), ("8_to_30_days", 31), ("over_30_days", nil),
    ]

    static func counts(_ db: Database, start: String, end: String, policy: DeadlinePolicy, into counts: inout SummaryCounts) throws {
        try referrals(db, start: start, end: end, into: &counts)
        try actions(db, start: start, end: end, policy: policy, into: &counts)
        try backlog(db, end: end, into: &counts)
    }

    /// Referrals made for the period's calls, by target and by their outcome now.
    private static func referrals(_ db: Database, start: String, end: String, into counts: inout SummaryCounts) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT r.target, r.outcome FROM referrals r JOIN calls c ON c.id = r.call_id
            WHERE c.received_at >= ? AND c.received_at < ?
            """, arguments: [start, end])
        while let row = try rows.next() {
            counts.referralsMade += 1
            counts.referralsByTarget[PublishedVocabulary.referralTarget(row[0]), default: 0] += 1
            counts.referralsByOutcome[PublishedVocabulary.referralOutcome(row[1]), default: 0] += 1
        }
    }

    /// For each of the period's calls: its first action (any event an operator caused), whether
    /// that came by its deadline, and for closed calls the reason and time of the last closing.
    private static func actions(_ db: Database, start: String, end: String, policy: DeadlinePolicy,
                                into counts: inout SummaryCounts) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.received_at, c.status, c.due_at, t.band, t.flags,
                (SELECT min(e.at) FROM call_events e WHERE e.call_id = c.id AND e.kind != 'retriaged'),
                (SELECT e.reason FROM call_events e WHERE e.call_id = c.id AND e.to_status = 'closed' ORDER BY e.id DESC LIMIT 1),
                (SELECT e.at FROM call_events e WHERE e.call_id = c.id AND e.to_status = 'closed' ORDER BY e.id DESC LIMIT 1)
            FROM calls c LEFT JOIN triages t ON t.id = c.triage_id
            WHERE c.received_at >= ? AND c.received_at < ?
            """, arguments: [start, end])
        while let row = try rows.next() {
            guard let received = RFC3339.parse(row[0]) else { continue }
            let flags = ((row[4] as String?) ?? "").split(separator: ",").map(String.init)
            let due = (row[2] as String?).flatMap(RFC3339.parse) ?? policy.due(receivedAt: received, flags: flags, band: row[3])
            if let first = (row[5] as String?).flatMap(RFC3339.parse) {
                counts.firstActionDelaysMilliseconds.append(milliseconds(from: received, to: first))
                counts.byDeadline[first <= due ? "within_deadline" : "after_deadline", default: 0] += 1
            } else {
                counts.byDeadline["no_action_yet", default: 0] += 1
            }
            guard (row[1] as String?) == CallStatus.closed.rawValue else { continue }
            counts.callsClosed += 1
            counts.closedByReason[PublishedVocabulary.closingReason(row[6]), default: 0] += 1
            if let closed = (row[7] as String?).flatMap(RFC3339.parse) {
                counts.closingDelaysMilliseconds.append(milliseconds(from: received, to: closed))
            }
        }
        counts.firstActionDelaysMilliseconds.sort()
        counts.closingDelaysMilliseconds.sort()
    }

    /// Calls received before the end of the period and open at its end (no status event up to
    /// then, or the last one not a closing), by their current band and by age at the end.
    private static func backlog(_ db: Database, end: String, into counts: inout SummaryCounts) throws {
        guard let endDate = RFC3339.parse(end) else { return }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.received_at, t.band,
                (SELECT e.to_status FROM call_events e
                 WHERE e.call_id = c.id AND e.kind = 'status_changed' AND e.at < ? ORDER BY e.id DESC LIMIT 1)
            FROM calls c LEFT JOIN triages t ON t.id = c.triage_id
            WHERE c.received_at < ?
            """, arguments: [end, end])
        while let row = try rows.next() {
            guard (row[2] as String?) != CallStatus.closed.rawValue, let received = RFC3339.parse(row[0]) else { continue }
            counts.openAtPeriodEnd += 1
            counts.backlogByBand[PublishedVocabulary.band(row[1]), default: 0] += 1
            let days = Int(endDate.timeIntervalSince(received) / 86_400)
            let bucket = ageBuckets.first { $0.upToDays.map { days < $0 } ?? true }?.key ?? "over_30_days"
            counts.backlogByAge[bucket, default: 0] += 1
        }
    }

    private static func milliseconds(from start: Date, to end: Date) -> Int64 {
        Int64((end.timeIntervalSince(start) * 1000).rounded())
    }
}
