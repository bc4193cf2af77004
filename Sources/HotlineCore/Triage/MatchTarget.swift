/// What a compiled phrase evidences.
enum MatchTarget: Sendable, Equatable {
    /// The indicator at this position of the catalog.
    case indicator(Int)
    case signal(ContextSignal)
    case exploitation(ExploitationType)
    case modifier(ContextModifier)
}
