/// The policy's decision over counted evidence: the screening findings (elements of § 262 a and
/// forced labour), the band, and the ILO dimension statuses that show staff what is still unknown.
struct TriageDecision {
    var statuses: [String: DimensionStatus]
    var elements: [TriageElement: TriageResult.ElementResult]
    var forcedLabour: Bool
    var presumedTrafficking: Bool
    var band: TriageBand

    struct Facts {
        /// Per dimension: the graded evidence counted under the ILO rule.
        var counts: [String: GradeCounts]
        /// Per element: the weights of its evidence, and the indicators that gave it.
        var elementCounts: [TriageElement: GradeCounts]
        var elementIndicators: [TriageElement: [String]]
        /// The signals found (movement, ...).
        var signals: Set<ContextSignal>
        /// Indicators that are a sign of each part of the forced-labour rule.
        var forcedLabourSigns: [ForcedLabourSign: [String]]
        var minor: Bool
        var immediateDanger: Bool
        /// The forms of exploitation named.
        var exploitation: Set<ExploitationType>
        /// The narrative says the worker is free (contract, own home, can leave).
        var workerFree = false
        /// All evidence, graded.
        var all: GradeCounts
        /// True when some evidence is more than a suspicion (disclosed, observed, or a checklist answer).
        var anyFirmEvidence: Bool
        /// Flags or evidence of any kind (a custody flag alone is low, never none).
        var anyEvidence: Bool
    }

    init(_ facts: Facts, policy: TriagePolicy, dimensions: [Dimension]) {
        let rules = policy.screening
        var statuses: [String: DimensionStatus] = [:]
        for dimension in dimensions {
            statuses[dimension.id] = DimensionStatus.of(facts.counts[dimension.id] ?? GradeCounts(), rules: policy.positiveWhen)
        }
        self.statuses = statuses

        func counts(_ element: TriageElement) -> GradeCounts { facts.elementCounts[element] ?? GradeCounts() }
        let actSignals = rules.actSignals.filter { facts.signals.contains($0) }
        let act = counts(.act).total > 0 || !actSignals.isEmpty
        let menace = !(facts.forcedLabourSigns[.menace] ?? []).isEmpty
        // A worker said to be free to leave, with no menace of any penalty, contradicts the means:
        // deception or hardship alone do not make a free worker's case trafficking (the labelling
        // guide's medium: "exploitation without a menace ... free to leave and no threats").
        let means = counts(.means).meetsAny(rules.elementEvidencedWhen) && (menace || !facts.workerFree)
        let indicatedPurpose = counts(.purpose).meetsAny(rules.elementEvidencedWhen)
        var purposeWithForms = counts(.purpose)
        for form in facts.exploitation.sorted() { if let weight = rules.formPurpose[form] { purposeWithForms.add(weight) } }
        let purpose = purposeWithForms.meetsAny(rules.elementEvidencedWhen)
        var elements: [TriageElement: TriageResult.ElementResult] = [:]
        for (element, evidenced) in [(TriageElement.act, act), (.means, means), (.purpose, purpose)] {
            elements[element] = TriageResult.ElementResult(
                status: evidenced ? .evidenced : .unknown,
                indicators: facts.elementIndicators[element] ?? [],
                signals: element == .act ? actSignals.map(\.rawValue) : [])
        }
        self.elements = elements

        let work = counts(.purpose).total > 0 || !facts.exploitation.isEmpty
        // Two facts, not one read twice: an indicator that is a sign of both (confinement) needs
        // another beside it, so phones collected for a shift alone are not forced labour.
        let involuntary = facts.forcedLabourSigns[.involuntariness] ?? []
        let menacing = facts.forcedLabourSigns[.menace] ?? []
        forcedLabour = !involuntary.isEmpty && menace && Set(involuntary + menacing).count >= 2
            && (work || !rules.forcedLabourNeedsWork)
        presumedTrafficking = facts.minor ? (act && purpose) : (act && means && purpose)

        let minorExploited = facts.minor && (counts(.purpose).meetsAny(rules.minorExploitedWhen)
            || !facts.exploitation.isDisjoint(with: policy.highRiskMinorExploitation))
        let danger = facts.immediateDanger && facts.all.meetsAny(rules.dangerWhen)
        var band: TriageBand
        if presumedTrafficking || forcedLabour || minorExploited || danger {
            band = .high
        } else if means || indicatedPurpose || facts.all.meetsAny(rules.mediumWhen) {
            band = .medium
        } else if facts.anyEvidence {
            band = .low
        } else {
            band = .none
        }
        // A free worker with neither coercion nor real exploitation: a labour-rights dispute.
        if facts.workerFree && !means && !indicatedPurpose && !facts.minor && !danger && band > rules.freeWorkerCap {
            band = rules.freeWorkerCap
            presumedTrafficking = false
            forcedLabour = false
        }
        // A rumour alone lifts a call so far and no further.
        if !facts.anyFirmEvidence && band > rules.suspectedOnlyCap && !danger {
            band = max(rules.suspectedOnlyCap, facts.anyEvidence ? .low : .none)
            presumedTrafficking = false
            forcedLabour = false
        }
        self.band = band
    }
}
