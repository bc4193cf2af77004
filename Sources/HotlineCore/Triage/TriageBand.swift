/// How urgently a call needs follow-up.
public enum TriageBand: String, Sendable, Codable, Comparable, CaseIterable {
    case none, low, medium, high

    private var rank: Int {
        switch self {
        case .none: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        }
    }

    public static func < (lhs: TriageBand, rhs: TriageBand) -> Bool { lhs.rank < rhs.rank }
}
