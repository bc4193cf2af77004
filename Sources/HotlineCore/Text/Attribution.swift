/// Who a piece of evidence comes from.
public enum Attribution: String, Sendable, Codable, Equatable, CaseIterable {
    /// Told by the person concerned (a caller speaking about themselves, or "she told us ...").
    case disclosed
    /// Seen or reported by the caller (a neighbour, police, a professional).
    case observed
    /// Only guessed or suspected ("måske", "tror", "suspects", "might").
    case suspected

    /// How a sentence's evidence is attributed: a hedge makes it a suspicion; a verb of telling, or a
    /// caller speaking for themselves, makes it a disclosure; anything else is an observation.
    public static func of(hedged: Bool, told: Bool, callerRole: CallerRole?) -> Attribution {
        if hedged { return .suspected }
        if told || callerRole == .`self` { return .disclosed }
        return .observed
    }
}
