/// What the evidence says about one dimension. Never "no": missing information is not a negative.
public enum DimensionStatus: String, Sendable, Codable {
    /// The policy's rule is met (ILO: 2 strong, strong + medium/weak, 3 medium, or 2 medium + weak).
    case positive
    /// Some evidence, short of the rule.
    case indicated
    /// No evidence.
    case unknown

    /// The status of a dimension with these counts under `rules`.
    public static func of(_ counts: GradeCounts, rules: [GradeCounts]) -> DimensionStatus {
        if counts.total == 0 { return .unknown }
        return rules.contains(where: counts.meets) ? .positive : .indicated
    }
}
