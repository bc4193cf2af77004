/// The 0–100 score: points for every counted indicator, positive dimension, presumption and flag,
/// kept inside the band's range (from its floor up to the next band's floor). Points and band only grow
/// when evidence is added, and each band starts where the one below ends, so the score is monotone.
enum TriageScore {
    static func compute(grades: [Grade], positiveDimensions: Int, presumed: Bool, flags: [String], band: TriageBand,
                        weights: ScoreWeights) -> Int {
        var points = 0
        for grade in grades {
            switch grade {
            case .strong: points += weights.strong
            case .medium: points += weights.medium
            case .weak: points += weights.weak
            }
        }
        points += positiveDimensions * weights.positiveDimension
        if presumed { points += weights.presumedTrafficking }
        for flag in flags { points += weights.flag[flag] ?? 0 }
        var floor = 0
        var ceiling = 100
        for candidate in TriageBand.allCases {
            let candidateFloor = weights.bandFloor[candidate.rawValue] ?? 0
            if candidate <= band { floor = max(floor, candidateFloor) }
            else { ceiling = min(ceiling, max(candidateFloor - 1, floor)) }
        }
        return min(ceiling, max(points, floor))
    }
}
