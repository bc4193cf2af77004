import HotlineCore
import Testing

@Suite("Decision rules")
struct DecisionRuleTests {
    static let rules = Fixtures.catalog.policy.positiveWhen

    @Test(arguments: [
        (GradeCounts(strong: 2), DimensionStatus.positive),
        (GradeCounts(strong: 1, medium: 1), .positive),
        (GradeCounts(strong: 1, weak: 1), .positive),
        (GradeCounts(medium: 3), .positive),
        (GradeCounts(medium: 2, weak: 1), .positive),
        (GradeCounts(strong: 1), .indicated),
        (GradeCounts(medium: 2), .indicated),
        (GradeCounts(medium: 1, weak: 2), .indicated),
        (GradeCounts(weak: 5), .indicated),
        (GradeCounts(), .unknown),
    ])
    func iloDimensionRule(_ counts: GradeCounts, _ expected: DimensionStatus) {
        #expect(DimensionStatus.of(counts, rules: Self.rules) == expected)
    }

    /// A checklist with these indicators answered "yes".
    func assess(_ ids: [String], narrative: String = "", age: Int? = nil) -> TriageResult {
        var checklist: [String: String] = [:]
        for id in ids { checklist[id] = "yes" }
        return Fixtures.assess(narrative, language: "en", callerRole: "self", checklist: checklist, subjectAge: age)
    }

    static let recruitment = ["recruitment.deceived_about_job", "recruitment.false_promises"]
    static let exploitation = ["exploitation.excessive_hours", "exploitation.low_or_no_pay"]
    static let coercion = ["coercion.documents_confiscated", "coercion.threats"]

    @Test func adultNeedsRecruitmentExploitationAndMeans() {
        let all = assess(Self.recruitment + Self.exploitation + Self.coercion)
        #expect(all.presumedTrafficking)
        #expect(all.band == .high)
        #expect(all.indicators.allSatisfy { $0.source == .checklist && $0.evidence == nil })
        let noMeans = assess(Self.recruitment + Self.exploitation)
        #expect(!noMeans.presumedTrafficking)
        let noRecruitment = assess(Self.exploitation + Self.coercion)
        #expect(!noRecruitment.presumedTrafficking)
        #expect(noRecruitment.band == .high)   // exploitation and coercion at destination both positive
    }

    @Test func childNeedsNoMeans() {
        let child = assess(["recruitment.false_promises"] + Self.exploitation, age: 16)
        #expect(child.presumedTrafficking)
        #expect(child.profile == "child_labour")
        #expect(child.flags == ["minor"])
        let adult = assess(["recruitment.false_promises"] + Self.exploitation, age: 30)
        #expect(!adult.presumedTrafficking)
    }

    @Test func bands() {
        #expect(assess([]).band == .none)
        #expect(assess(["exploitation.low_or_no_pay"]).band == .low)
        #expect(assess(["exploitation.low_or_no_pay", "coercion.threats"]).band == .medium)
        #expect(assess(Self.exploitation).band == .medium)
        let minorSexual = assess(["exploitation.sex_work_setting"], age: 15)
        #expect(minorSexual.band == .high)
        let danger = Fixtures.assess("She is locked in the room right now.", language: "en")
        #expect(danger.flags.contains("immediate_danger"))
        #expect(danger.band == .high)
    }

    @Test func missingInformationIsUnknownNeverNo() {
        let result = assess(["exploitation.low_or_no_pay"])
        #expect(result.dimensions["coercion_at_destination"]?.status == .unknown)
        #expect(result.dimensions["exploitative_conditions"]?.status == .indicated)
        #expect(result.nextQuestions.contains { $0.dimension == "coercion_at_destination" })
        #expect(!result.nextQuestions.contains { $0.dimension == "exploitative_conditions" })
    }

    @Test func noAndUnknownAnswersAreNotEvidence() {
        let result = Fixtures.assess("", language: "en", checklist: ["coercion.threats": "no", "coercion.debt_bondage": "unknown"])
        #expect(result.indicators.isEmpty)
        #expect(result.band == .none)
        #expect(result.score == 0)
    }

    @Test func actionsFollowTheRecordLanguage() {
        let danger = Fixtures.assess("Hun er låst inde lige nu, og han har taget hendes pas.", language: "da")
        #expect(danger.actions.first?.id == "call_112")
        #expect(danger.actions.first?.text.contains("112") == true)
        #expect(danger.actions.contains { $0.id == "offer_cmm_assessment" })
        let custody = Fixtures.assess("He was arrested in a cannabis factory and is in custody.", language: "en", callerRole: "professional")
        #expect(custody.flags.contains("in_custody"))
        #expect(custody.actions.first?.id == "cmm_while_held")
        let calm = assess(["exploitation.low_or_no_pay"])
        #expect(calm.actions.map(\.id) == ["ask_follow_up_questions"])
    }
}
