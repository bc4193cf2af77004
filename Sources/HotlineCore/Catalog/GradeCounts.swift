/// A number of strong, medium and weak indicators, e.g. one combination of the ILO rule.
public struct GradeCounts: Sendable, Equatable {
    public var strong: Int
    public var medium: Int
    public var weak: Int

    public init(strong: Int = 0, medium: Int = 0, weak: Int = 0) {
        self.strong = strong
        self.medium = medium
        self.weak = weak
    }

    public var total: Int { strong + medium + weak }

    /// Adds one indicator of `grade`.
    public mutating func add(_ grade: Grade) {
        switch grade {
        case .strong: strong += 1
        case .medium: medium += 1
        case .weak: weak += 1
        }
    }

    /// True when these counts meet `minimum`; a stronger indicator may stand in for a weaker one
    /// (so "1 strong + 1 weak" is also met by two strong ones).
    public func meets(_ minimum: GradeCounts) -> Bool {
        var spareStrong = strong - minimum.strong
        guard spareStrong >= 0 else { return false }
        var spareMedium = medium - minimum.medium
        if spareMedium < 0 { spareStrong += spareMedium; spareMedium = 0 }
        guard spareStrong >= 0 else { return false }
        return weak + spareMedium + spareStrong >= minimum.weak
    }
}
