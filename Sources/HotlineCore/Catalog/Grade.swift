/// How strongly an indicator points to trafficking in a profile (ILO/EC Delphi grades).
public enum Grade: String, Sendable, Codable, Comparable, CaseIterable {
    case weak, medium, strong

    var rank: Int {
        switch self {
        case .weak: 0
        case .medium: 1
        case .strong: 2
        }
    }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rank < rhs.rank }

    /// This grade lowered `steps` times, or nil when it falls below weak.
    public func lowered(by steps: Int) -> Grade? {
        let rank = rank - steps
        return Grade.allCases.first { $0.rank == rank }
    }
}
