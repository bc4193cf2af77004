import HotlineCore

/// How a call's band moved when it was scored again.
public enum BandMovement: Sendable, Equatable {
    /// The new band is more urgent than the one it replaces.
    case rose
    /// The new band is less urgent than the one it replaces.
    case fell
    /// The same band as before.
    case unchanged
    /// Nothing to compare with: the call had no earlier result, or a band this build does not know.
    case incomparable

    /// The movement from the band of the replaced result (`nil` when there was none) to `current`.
    public init(from previous: String?, to current: String) {
        guard let previous, let old = TriageBand(rawValue: previous), let new = TriageBand(rawValue: current) else {
            self = .incomparable
            return
        }
        self = new > old ? .rose : new < old ? .fell : .unchanged
    }
}
