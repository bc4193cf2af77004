/// A count as a summary publishes it: exact, or suppressed to protect the people behind it.
public enum PublishedCount: Sendable, Equatable {
    case exact(Int)
    /// Either a small count (1 to threshold − 1: primary suppression), or a count withheld so that a
    /// small one cannot be worked out from the totals (complementary suppression). Both look the
    /// same on purpose: a distinct mark for complementary cells would tell a reader that the cell is
    /// at least the threshold, and with the total that bounds, and can pin down, the small cell.
    case suppressed

    /// The text that stands for a suppressed count in JSON, CSV and HTML.
    public static let marker = "suppressed"

    /// The exact value, or `nil` when suppressed.
    public var exactValue: Int? {
        if case .exact(let value) = self { value } else { nil }
    }
}
