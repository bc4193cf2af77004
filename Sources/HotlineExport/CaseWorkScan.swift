import Foundation
import GRDB
import GRDBSQLite
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
    ///
    /// Reads the events of the period's calls only: the calls come through the `received_at` index,
    /// and a call without events costs one probe of `call_events_by_call`, its row never read
    /// (a year of a million calls with no case work reads in about a tenth of a second). The calls with
    /// no action yet are the rest of `calls_received`; calls closed now are counted from the index,
    /// and those closed with no closing event (written before case work) count under `other`.
    private static func actions(_ db: Database, start: String, end: String, policy: DeadlinePolicy,
                                into counts: inout SummaryCounts) throws {
        counts.callsClosed = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM calls WHERE received_at >= ? AND received_at < ? AND status = 'closed'
            """, arguments: [start, end]) ?? 0
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.received_at, c.status, c.due_at, t.band, t.flags, e.at, e.kind, e.to_status, e.reason
            FROM calls c JOIN call_events e ON e.call_id = c.id
                LEFT JOIN triages t ON t.id = c.triage_id
            WHERE c.received_at >= ? AND c.received_at < ?
            ORDER BY c.received_at, c.id, e.id
            """, arguments: [start, end])
        var call: WorkedCall?
        var acted = 0, closedWithEvent = 0
        func finish() {
            guard let call, let received = call.received else { return }
            if let first = call.firstAction {
                acted += 1
                let due = call.dueSetByHand ?? policy.due(receivedAt: received, flags: call.flags, band: call.band)
                counts.firstActionDelaysMilliseconds.append(milliseconds(from: received, to: first))
                counts.byDeadline[first <= due ? "within_deadline" : "after_deadline", default: 0] += 1
            }
            if call.closedNow, let closing = call.lastClosing {
                closedWithEvent += 1
                counts.closedByReason[PublishedVocabulary.closingReason(closing.reason), default: 0] += 1
                counts.closingDelaysMilliseconds.append(milliseconds(from: received, to: closing.at))
            }
        }
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if call?.id != id {
                finish()
                call = WorkedCall(id: id, received: RFC3339.parse(row[1]), closedNow: (row[2] as String?) == CallStatus.closed.rawValue,
                                  dueSetByHand: (row[3] as String?).flatMap(RFC3339.parse), band: row[4],
                                  flags: ((row[5] as String?) ?? "").split(separator: ",").map(String.init))
            }
            guard let at = (row[6] as String?).flatMap(RFC3339.parse) else { continue }
            if !Self.notActions.contains((row[7] as String?) ?? ""), call?.firstAction.map({ at < $0 }) ?? true {
                call?.firstAction = at
            }
            if (row[8] as String?) == CallStatus.closed.rawValue { call?.lastClosing = (row[9], at) }
        }
        finish()
        counts.byDeadline["no_action_yet", default: 0] += counts.callsReceived - acted
        counts.closedByReason["other", default: 0] += counts.callsClosed - closedWithEvent
        counts.firstActionDelaysMilliseconds.sort()
        counts.closingDelaysMilliseconds.sort()
    }

    /// Events that are no action on the case: a score given again, and what retention and legal
    /// holds do to the record. A shredding or a hold therefore never changes a past period's figures.
    static let notActions: Set<String> = [
        CallEvent.Kind.retriaged.rawValue, CallEvent.Kind.shredded.rawValue,
        CallEvent.Kind.legalHoldSet.rawValue, CallEvent.Kind.legalHoldReleased.rawValue,
    ]

    /// One call of the period and what its events say, while they are read.
    private struct WorkedCall {
        var id: Int64
        var received: Date?
        var closedNow: Bool
        var dueSetByHand: Date?
        var band: String?
        var flags: [String]
        var firstAction: Date?
        var lastClosing: (reason: String?, at: Date)?
    }

    /// Calls received before the end of the period and open at its end, by their current band and
    /// by age at the end; from the same rows, the high-band calls open now (`open_high_band_calls`). It costs the open calls and the calls changed since, not the history:
    /// the calls open now (through `calls_by_status`) unless a status event before the end closed
    /// them, and the calls closed now whose status changed at or after the end (through
    /// `call_events_by_time`) unless the last status event before the end was a closing.
    private static func backlog(_ db: Database, end: String, into counts: inout SummaryCounts) throws {
        guard let endDate = RFC3339.parse(end) else { return }
        let endMilliseconds = Int64((endDate.timeIntervalSince1970 * 1000).rounded())
        // Whether a status event before the end closed the call: asked only of the calls whose
        // status changed at or after the end (a small set, read once through call_events_by_time).
        let closedAtEnd = """
            CASE WHEN c.id IN changed THEN (SELECT e.to_status = 'closed' FROM call_events e
                WHERE e.call_id = c.id AND e.kind = 'status_changed' AND e.at < :end ORDER BY e.id DESC LIMIT 1) END
            """
        let statement = try db.makeStatement(sql: """
            WITH changed AS (SELECT call_id FROM call_events WHERE at >= :end AND kind = 'status_changed')
            SELECT c.received_at, t.band, \(closedAtEnd), 1 AS open_now
            FROM calls c INDEXED BY calls_by_status LEFT JOIN triages t ON t.id = c.triage_id
            WHERE (c.status < 'closed' OR c.status > 'closed') AND c.received_at < :end
            UNION ALL
            SELECT c.received_at, t.band, \(closedAtEnd), 0
            FROM calls c LEFT JOIN triages t ON t.id = c.triage_id
            WHERE c.status = 'closed' AND c.received_at < :end AND c.id IN changed
            """)
        statement.arguments = ["end": end]
        // Per row: the raw columns, no strings (the open calls of a busy year are many).
        let sqlite = statement.sqliteStatement
        var band = TextColumnInterner(), bandTally = CodeTally()
        var ageCounts = [Int](repeating: 0, count: ageBuckets.count)
        let cursor = try Row.fetchCursor(statement)
        var openNowHigh = 0
        while try cursor.next() != nil {
            let bandCode = band.code(sqlite, 1)
            if sqlite3_column_int64(sqlite, 3) == 1 && band.values[bandCode] == "high" { openNowHigh += 1 }
            guard sqlite3_column_int64(sqlite, 2) == 0, let text = sqlite3_column_text(sqlite, 0),
                  let received = StoredTimestamp.milliseconds(text, Int(sqlite3_column_bytes(sqlite, 0))) else { continue }
            counts.openAtPeriodEnd += 1
            bandTally.add(bandCode)
            let days = Int((endMilliseconds - received) / 86_400_000)
            ageCounts[ageBuckets.firstIndex { $0.upToDays.map { days < $0 } ?? true } ?? ageBuckets.count - 1] += 1
        }
        counts.openHighBandCalls = openNowHigh
        counts.backlogByBand = bandTally.folded(band.values, into: PublishedVocabulary.band)
        counts.backlogByAge = Dictionary(uniqueKeysWithValues: zip(ageBuckets.map(\.key), ageCounts))
    }

    private static func milliseconds(from start: Date, to end: Date) -> Int64 {
        Int64((end.timeIntervalSince(start) * 1000).rounded())
    }
}
