import Foundation

/// The span a client's `received_at` must fall in: not before the service epoch (the hotline took no
/// calls earlier) and not more than a small allowance ahead of the daemon's clock (for clients whose
/// clocks run a little fast).
///
/// A time outside it is a client bug or hostile input. The extremes could not even be stored:
/// `9999-12-31T23:59:59.9999Z` rounds to the year 10000 and `0000-01-01T00:00:00+00:01` is in the
/// year -1, and the stored text of either breaks reading the record back.
public struct ReceivedAtWindow: Sendable, Equatable {
    /// The earliest time accepted.
    public var serviceEpoch: Date
    /// How far ahead of the daemon's clock a time may be, in seconds.
    public var maximumLeadSeconds: Int

    public init(serviceEpoch: Date, maximumLeadSeconds: Int) {
        self.serviceEpoch = serviceEpoch
        self.maximumLeadSeconds = maximumLeadSeconds
    }

    /// 2000-01-01T00:00:00Z, and five minutes ahead: the values of `Config/hotline.yaml`.
    public static let standard = ReceivedAtWindow(serviceEpoch: Date(timeIntervalSince1970: 946_684_800), maximumLeadSeconds: 300)

    /// Whether `date`, at the millisecond it is stored with, lies in the window when the clock reads `now`.
    public func admits(_ date: Date, now: Date) -> Bool {
        let stored = RFC3339.truncatedToMilliseconds(date)
        return stored >= serviceEpoch && stored <= now.addingTimeInterval(TimeInterval(maximumLeadSeconds))
    }

    /// The rule in words, for error messages: the configured bounds, never the submitted value.
    public var summary: String {
        "no earlier than \(RFC3339.format(serviceEpoch)) and no more than \(maximumLeadSeconds) seconds ahead of the server's clock"
    }
}
