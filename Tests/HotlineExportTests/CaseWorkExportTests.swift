import Foundation
import HotlineCore
import HotlineStore
import Testing
@testable import HotlineExport

/// The case-work tables of a summary, from real case work written through the store at fixed times:
/// referrals, closings, times to first action and closing, deadlines met, and the backlog at the
/// end of the period; and the report in Danish and English.
@Suite("Case work in the exports")
struct CaseWorkExportTests {
    static let day = ExportDay(year: 2026, month: 11, day: 28)!

    func cells(_ summary: ExportSummary, _ name: String) -> [String: PublishedCount] {
        Dictionary(uniqueKeysWithValues: (summary.breakdown(name)?.cells ?? []).map { ($0.key, $0.count) })
    }

    func at(_ text: String) -> Date { ExportFixture.instant(text) }

    /// Six calls of 28 November (Copenhagen) and one from the day before, worked at known times.
    func worked() async throws -> ExportFixture {
        let fixture = try ExportFixture()
        let store = fixture.store
        // Received 10:00 UTC, high: due after 24 h by the standard policy.
        let a = try await fixture.call(at: "2026-11-28T10:00:00.000Z", band: "high")
        _ = try await store.change(id: a, expectedVersion: 1, change: CallChange(status: .inProgress, assignedTo: .some("op-1")),
                                   peer: nil, requestID: nil, at: at("2026-11-28T10:30:00.000Z"))
        _ = try await store.refer(callID: a, to: .police, peer: nil, requestID: nil, at: at("2026-11-28T11:00:00.000Z"))
        _ = try await store.refer(callID: a, to: .cmmAssessment, peer: nil, requestID: nil, at: at("2026-11-28T11:05:00.000Z"))
        _ = try await store.updateReferral(callID: a, referralID: 1, outcome: .accepted, peer: nil, requestID: nil,
                                           at: at("2026-11-29T09:00:00.000Z"))
        _ = try await store.change(id: a, expectedVersion: 2, change: CallChange(status: .closed, reason: .referredOnward),
                                   peer: nil, requestID: nil, at: at("2026-11-28T12:00:00.000Z"))
        // Immediate danger: due after 15 minutes, first acted on after an hour.
        let b = try await fixture.call(at: "2026-11-28T11:00:00.000Z", band: "high", flags: ["immediate_danger"])
        _ = try await store.addNote(NewNote(text: "Ringede tilbage."), toCall: b, peer: nil, requestID: nil, at: at("2026-11-28T12:00:00.000Z"))
        _ = try await store.refer(callID: b, to: .police, peer: nil, requestID: nil, at: at("2026-11-28T12:10:00.000Z"))
        // Low, closed on 30 November (after the period): open at its end.
        let c = try await fixture.call(at: "2026-11-28T12:00:00.000Z", band: "low")
        _ = try await store.change(id: c, expectedVersion: 1, change: CallChange(status: .closed, reason: .noIndicators),
                                   peer: nil, requestID: nil, at: at("2026-11-30T08:00:00.000Z"))
        // Closed within the day, reopened on 30 November: closed at the end of the period.
        let e = try await fixture.call(at: "2026-11-28T15:00:00.000Z", band: "low")
        _ = try await store.change(id: e, expectedVersion: 1, change: CallChange(status: .closed, reason: .duplicate),
                                   peer: nil, requestID: nil, at: at("2026-11-28T16:00:00.000Z"))
        _ = try await store.change(id: e, expectedVersion: 2, change: CallChange(status: .inProgress),
                                   peer: nil, requestID: nil, at: at("2026-11-30T09:00:00.000Z"))
        // Never acted on.
        try await fixture.call(at: "2026-11-28T13:00:00.000Z", band: "medium")
        try await fixture.call(at: "2026-11-28T14:00:00.000Z", band: nil)
        // The day before, still open: in the backlog at the end of the 28th, aged 1 day.
        try await fixture.call(at: "2026-11-26T22:00:00.000Z", band: "medium")
        return fixture
    }

    @Test("referrals, closings, times and deadlines of the period's calls, exact without suppression")
    func figures() async throws {
        let fixture = try await worked()
        let summary = try fixture.exporter(threshold: 0).summary(for: .day(Self.day))
        #expect(summary.figure("referrals_made") == .exact(3))
        #expect(cells(summary, "referrals_by_target")["police"] == .exact(2))
        #expect(cells(summary, "referrals_by_target")["cmm_assessment"] == .exact(1))
        #expect(cells(summary, "referrals_by_outcome")["accepted"] == .exact(1))
        #expect(cells(summary, "referrals_by_outcome")["pending"] == .exact(2))
        #expect(summary.figure("calls_closed") == .exact(2), "closed now, whenever it happened; e was reopened")
        #expect(cells(summary, "closed_by_reason")["referred_onward"] == .exact(1))
        #expect(cells(summary, "closed_by_reason")["no_indicators"] == .exact(1))
        #expect(cells(summary, "calls_by_deadline") == [
            "within_deadline": .exact(3), "after_deadline": .exact(1), "no_action_yet": .exact(2),
        ])
        let first = try #require(summary.durations.first { $0.name == "time_to_first_action" })
        // 30 min (a), 60 min (b), 44 h (c), 60 min (e): nearest-rank median 60 min, p90 44 h.
        #expect(first.medianMilliseconds == 3_600_000)
        #expect(first.p90Milliseconds == Int64(44) * 3_600_000)
        let closing = try #require(summary.durations.first { $0.name == "time_to_closing" })
        #expect(closing.medianMilliseconds == Int64(2) * 3_600_000)
        // Open at the end of the 28th: b, c (closed later), the medium and untriaged calls, and the
        // call of the 26th; a and e were closed by then (e reopened later).
        #expect(summary.figure("open_at_period_end") == .exact(5))
        #expect(cells(summary, "open_at_period_end_by_band") == [
            "high": .exact(1), "medium": .exact(2), "low": .exact(1), "none": .exact(0), "other": .exact(0), "untriaged": .exact(1),
        ])
        #expect(cells(summary, "open_at_period_end_by_age")["under_1_day"] == .exact(4))
        #expect(cells(summary, "open_at_period_end_by_age")["1_to_7_days"] == .exact(1))
    }

    @Test("small counts in the new tables are withheld, and their complements with them")
    func suppressed() async throws {
        let fixture = try await worked()
        let summary = try fixture.exporter(threshold: 5).summary(for: .day(Self.day))
        #expect(summary.figure("referrals_made") == .suppressed)
        #expect(cells(summary, "referrals_by_target").values.allSatisfy { $0 == .suppressed || $0 == .exact(0) })
        #expect(cells(summary, "closed_by_reason")["referred_onward"] == .suppressed)
        #expect(summary.durations.allSatisfy { $0.medianMilliseconds == nil }, "a median of fewer calls than the threshold says too much")
        let json = ExportFormat.json.render(summary)
        #expect(!json.contains("Ringede"), "no note text")
    }

    @Test("the same database exported twice gives the same bytes, whenever it runs")
    func reproducible() async throws {
        let fixture = try await worked()
        let first = ExportFormat.json.render(try fixture.exporter(threshold: 0).summary(for: .day(Self.day)))
        try await Task.sleep(for: .milliseconds(1100))
        let second = ExportFormat.json.render(try fixture.exporter(threshold: 0).summary(for: .day(Self.day)))
        #expect(first == second)
        #expect(first.contains("\"time_to_closing_seconds\""))
    }

    @Test("the report in Danish by default, or English: its words, the catalog's labels, and never 'victims'")
    func languages() async throws {
        let fixture = try await worked()
        let summary = try fixture.exporter(threshold: 0).summary(for: .range(from: Self.day.adding(days: -40), to: Self.day)!)
        let labels = ["coercion.violence": "Vold eller trusler om vold mod personen selv, meget lang etiket der skal kunne ombrydes"]
        let danish = ExportFormat.html.render(summary, wording: ReportWording(language: .danish, catalogLabels: labels))
        #expect(danish.contains("<html lang=\"da\">"))
        #expect(danish.contains("Henvisninger efter modtager"))
        #expect(danish.contains("Formodet menneskehandel"))
        #expect(danish.contains("Opkald efter måned"))
        #expect(danish.contains(">2026-10<") && danish.contains(">2026-11<"), "a column per month")
        let english = ExportFormat.html.render(summary, wording: ReportWording(language: .english))
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("Referrals by service"))
        #expect(english.contains("Acted on within the deadline"))
        for page in [danish, english] {
            #expect(!page.lowercased().contains("victim") && !page.lowercased().contains("offer "), "presumed, never victims")
        }
        #expect(DefaultConfiguration.load().export.language == .danish, "the centre reports in Danish")
        let yaml = DefaultConfiguration.yaml.replacingOccurrences(of: "language: da", with: "language: en")
        #expect(try ConfigurationParser.parse(yaml: yaml, file: "test.yaml").export.language == .english)
        let wrong = DefaultConfiguration.yaml.replacingOccurrences(of: "language: da", with: "language: de")
        #expect(throws: ConfigurationError.self) { try ConfigurationParser.parse(yaml: wrong, file: "test.yaml") }
    }

    @Test("indicator labels come from the catalog in the report's language, whole")
    func catalogLabels() throws {
        let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let text = try String(contentsOfFile: "/" + path + "/Config/indicators.yaml", encoding: .utf8)
        let catalog = try IndicatorCatalog.parse(yaml: text, sourceName: "indicators.yaml")
        let indicator = try #require(catalog.indicators.first)
        let summary = ExportSummary(
            period: .day(Self.day), timeZone: "Europe/Copenhagen", periodStart: "", periodEnd: "", smallCellThreshold: 0,
            figures: [], breakdowns: [.init(name: "calls_with_indicator", population: "triaged_calls", isPartition: false,
                                            cells: [.init(key: indicator.id, count: .exact(3))])],
            timeToTriage: nil)
        for (language, label) in [(NarrativeLanguage.danish, indicator.label.danish), (.english, indicator.label.english)] {
            let page = ExportFormat.html.render(summary, wording: ReportWording(language: language, catalog: catalog))
            #expect(page.contains(SummaryHTMLRenderer.escape(label)), "the whole label, as the catalog writes it")
            #expect(!page.contains(">\(indicator.id)<"), "not the id")
        }
    }
}
