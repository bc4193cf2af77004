/// The policy's decision over counted evidence: dimension statuses, presumed trafficking and band.
struct TriageDecision {
    var statuses: [String: DimensionStatus]
    var presumedTrafficking: Bool
    var band: TriageBand

    struct Facts {
        var counts: [String: GradeCounts]
        var minor: Bool
        var movement: Bool
        var immediateDanger: Bool
        var exploitation: Set<ExploitationType>
        var anyEvidence: Bool
    }

    init(_ facts: Facts, policy: TriagePolicy, dimensions: [Dimension]) {
        var statuses: [String: DimensionStatus] = [:]
        for dimension in dimensions {
            statuses[dimension.id] = DimensionStatus.of(facts.counts[dimension.id] ?? GradeCounts(), rules: policy.positiveWhen)
        }
        func positive(_ id: String) -> Bool { statuses[id] == .positive }
        func evidence(_ id: String) -> Bool { (facts.counts[id]?.total ?? 0) > 0 }

        let exploited = positive(policy.exploitationDimension)
        let recruitmentPositive = policy.recruitmentDimensions.contains(where: positive)
        let destinationPositive = policy.destinationDimensions.contains(where: positive)
        let adultRule = recruitmentPositive && exploited && destinationPositive
        let childRule = facts.minor && exploited && (facts.movement || policy.recruitmentDimensions.contains(where: evidence))
        presumedTrafficking = adultRule || childRule

        let coerced = positive(policy.coercionDimension)
        let minorAtRisk = facts.minor && !facts.exploitation.isDisjoint(with: policy.highRiskMinorExploitation)
        let dimensionsWithEvidence = dimensions.filter { evidence($0.id) }.count
        if presumedTrafficking || (exploited && coerced) || minorAtRisk
            || (facts.immediateDanger && evidence(policy.coercionDimension)) {
            band = .high
        } else if statuses.values.contains(.positive) || dimensionsWithEvidence >= 2 {
            band = .medium
        } else if facts.anyEvidence {
            band = .low
        } else {
            band = .none
        }
        self.statuses = statuses
    }
}
