/// Small-cell suppression: counts from 1 to `threshold − 1` are not published (primary
/// suppression), and in a breakdown whose cells add up to a published total, enough further cells
/// are withheld that no suppressed cell can be recovered by subtraction (complementary suppression).
///
/// The rule, applied to each partition (cells that add up to a population published elsewhere):
/// 1. every cell from 1 to `threshold − 1` is suppressed; zero is published as 0;
/// 2. while the population is published and the suppressed cells could be recovered — exactly one
///    is suppressed, or several are and they add up to their number (so each must be 1) — the
///    smallest remaining non-zero cell (first in published order on ties) is suppressed too.
///
/// Breakdowns whose cells do not add up to a total (a call with several flags, forms of
/// exploitation or indicators counts in several cells) get rule 1 only. A threshold of 0 or 1
/// publishes everything.
public struct SmallCellSuppression: Sendable, Equatable {
    public let threshold: Int

    public init(threshold: Int) {
        self.threshold = threshold
    }

    /// Whether `count` is a small cell.
    public func isSmall(_ count: Int) -> Bool {
        count >= 1 && count < threshold
    }

    /// One count, with primary suppression only.
    public func publish(_ count: Int) -> PublishedCount {
        isSmall(count) ? .suppressed : .exact(count)
    }

    /// The cells of a breakdown in published order.
    ///
    /// - Parameters:
    ///   - counts: the exact counts, in published order.
    ///   - isPartition: whether the cells add up to `population`.
    ///   - populationIsPublished: whether that population is published exactly somewhere, so a
    ///     reader knows the total the cells add up to.
    public func publish(_ counts: [Int], isPartition: Bool, populationIsPublished: Bool) -> [PublishedCount] {
        var suppressed = counts.map(isSmall)
        if isPartition && populationIsPublished {
            while isRecoverable(counts, suppressed) {
                let candidates = counts.indices.filter { !suppressed[$0] && counts[$0] > 0 }
                guard let next = candidates.min(by: { (counts[$0], $0) < (counts[$1], $1) }) else { break }
                suppressed[next] = true
            }
        }
        return counts.indices.map { suppressed[$0] ? .suppressed : .exact(counts[$0]) }
    }

    /// Whether a reader who knows the total could work out the suppressed cells: only one is
    /// suppressed, or their sum equals their number (each is then 1, since zeros are published).
    private func isRecoverable(_ counts: [Int], _ suppressed: [Bool]) -> Bool {
        let hidden = counts.indices.filter { suppressed[$0] }
        guard !hidden.isEmpty else { return false }
        if hidden.count == 1 { return true }
        return hidden.reduce(0) { $0 + counts[$1] } == hidden.count
    }
}
