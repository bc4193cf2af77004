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

    static let recruitment = ["recruitment.fee_paid"]
    static let exploitation = ["exploitation.excessive_hours", "exploitation.low_or_no_pay"]
    static let coercion = ["coercion.documents_confiscated", "coercion.threats"]

    /// § 262 a read for screening: adults need act + means + purpose.
    @Test func adultNeedsActMeansAndPurpose() {
        let all = assess(Self.recruitment + Self.exploitation + Self.coercion)
        #expect(all.presumedTrafficking)
        #expect(all.band == .high)
        #expect(all.elements.values.allSatisfy { $0.status == .evidenced })
        #expect(all.indicators.allSatisfy { $0.source == .checklist && $0.evidence == nil })
        let noMeans = assess(Self.recruitment + Self.exploitation)
        #expect(!noMeans.presumedTrafficking)
        #expect(noMeans.elements["means"]?.status == .unknown)
        #expect(noMeans.band == .medium)   // exploitation without a menace
        let noAct = assess(Self.exploitation + Self.coercion)
        #expect(!noAct.presumedTrafficking)
        #expect(noAct.elements["act"]?.status == .unknown)
        #expect(noAct.elements["means"]?.indicators.contains("coercion.threats") == true)
    }

    /// A worker said to be free to leave, with no menace, is not presumed trafficked on deception or
    /// hardship alone: the means are contradicted and the call is exploitation without a menace.
    @Test func freeWorkerWithoutMenaceHasNoMeans() {
        let deceived = ["recruitment.deceived_about_wages", "exploitation.excessive_hours", "exploitation.low_or_no_pay"]
        let bound = assess(deceived)
        #expect(bound.presumedTrafficking)
        let free = assess(deceived, narrative: "He can quit whenever he wants and has a written contract.")
        #expect(!free.presumedTrafficking)
        #expect(free.elements["means"]?.status == .unknown)
        #expect(free.band == .medium)
        // A menace outweighs the words about freedom: papers held are a penalty for leaving.
        let menaced = assess(deceived + ["coercion.documents_confiscated"], narrative: "He can quit whenever he wants and has a written contract.")
        #expect(menaced.presumedTrafficking)
        #expect(menaced.band == .high)
    }

    /// The two parts of the ILO rule are two facts: one indicator that is a sign of both (confinement)
    /// is not forced labour on its own, but is with any other sign beside it.
    @Test func forcedLabourNeedsTwoFacts() {
        let confinedOnly = assess(["coercion.confinement_or_surveillance", "exploitation.works_a_lot"])
        #expect(!confinedOnly.forcedLabour)
        let confinedAndPapersTaken = assess(["coercion.confinement_or_surveillance", "coercion.documents_confiscated",
                                             "exploitation.works_a_lot"])
        #expect(confinedAndPapersTaken.forcedLabour)
        #expect(confinedAndPapersTaken.band == .high)
    }

    /// ILO 2012: involuntariness with a menace of penalty is forced labour, whatever is known of recruitment.
    @Test func forcedLabourNeedsInvoluntarinessAndMenace() {
        let lockedAndBeaten = assess(["coercion.confinement_or_surveillance", "coercion.violence", "exploitation.works_a_lot"])
        #expect(lockedAndBeaten.forcedLabour)
        #expect(lockedAndBeaten.band == .high)
        #expect(!lockedAndBeaten.presumedTrafficking)
        // Forced labour is about work: control at home with no sign of work is coercion only.
        let controlledAtHome = assess(["coercion.confinement_or_surveillance", "coercion.violence"])
        #expect(!controlledAtHome.forcedLabour)
        #expect(controlledAtHome.band == .medium)
        let menaceOnly = assess(["coercion.documents_confiscated", "coercion.threats"])
        #expect(!menaceOnly.forcedLabour)
        #expect(menaceOnly.band == .medium)
        let forcedOnly = assess(["coercion.forced_to_work_or_comply"])
        #expect(!forcedOnly.forcedLabour)
    }

    @Test func childNeedsNoMeans() {
        let child = assess(["recruitment.fee_paid"] + Self.exploitation, age: 16)
        #expect(child.presumedTrafficking)
        #expect(child.profile == "child_labour")
        #expect(child.flags == ["minor"])
        let adult = assess(["recruitment.fee_paid"] + Self.exploitation, age: 30)
        #expect(!adult.presumedTrafficking)
    }

    @Test func bands() {
        #expect(assess([]).band == .none)
        #expect(assess(["vulnerability.fear_and_distress"]).band == .low)
        #expect(assess(["exploitation.no_contract_or_protection"]).band == .low)
        #expect(assess(["exploitation.low_or_no_pay", "coercion.threats"]).band == .medium)
        #expect(assess(Self.exploitation).band == .medium)
        let minorSexual = assess(["exploitation.sex_work_setting"], age: 15)
        #expect(minorSexual.band == .high)
        let adultSetting = assess(["exploitation.sex_work_setting"], age: 30)
        #expect(adultSetting.band == .none)   // a venue alone is no indicator for an adult
        let danger = Fixtures.assess("Right now she is locked in the bedroom.", language: "en")
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
