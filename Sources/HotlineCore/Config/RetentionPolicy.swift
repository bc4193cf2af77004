import Foundation

/// How long a call's free text and contact details are kept: the centre's retention policy, in
/// `hotline.yaml` (`retention:`), applied by `hotline retention run`.
///
/// Shredding keeps every coded field (dates, channel, language, caller role, band, flags,
/// indicators, sector, region, referrals, statuses, events): the exports of past periods do not
/// change. A call under legal hold is never shredded.
public struct RetentionPolicy: Sendable, Equatable {
    /// Days after a call was closed until its free text (narrative, notes, operator initials,
    /// municipality) is shredded, and its contact details with it.
    public var freeTextDaysAfterClose: Int
    /// Days after a call was closed until its contact details (name, phone, email) are shredded:
    /// at most ``freeTextDaysAfterClose``.
    public var contactDaysAfterClose: Int
    /// Days after `received_at` until a call that was never closed has its free text and contact
    /// shredded anyway; `nil`: never.
    public var unclosedDaysAfterReceived: Int?

    /// The defaults: two years, half a year, three years.
    public static let standard = RetentionPolicy(freeTextDaysAfterClose: 730, contactDaysAfterClose: 180, unclosedDaysAfterReceived: 1095)

    public init(freeTextDaysAfterClose: Int, contactDaysAfterClose: Int, unclosedDaysAfterReceived: Int?) {
        self.freeTextDaysAfterClose = freeTextDaysAfterClose
        self.contactDaysAfterClose = contactDaysAfterClose
        self.unclosedDaysAfterReceived = unclosedDaysAfterReceived
    }

    /// The cut-offs at `now`: a call closed before ``Cutoffs/freeTextClosedBefore`` has its free text
    /// shredded, and so on.
    public func cutoffs(at now: Date) -> Cutoffs {
        func daysBefore(_ days: Int) -> Date { now.addingTimeInterval(-TimeInterval(days) * 86_400) }
        return Cutoffs(
            freeTextClosedBefore: daysBefore(freeTextDaysAfterClose), contactClosedBefore: daysBefore(contactDaysAfterClose),
            unclosedReceivedBefore: unclosedDaysAfterReceived.map(daysBefore))
    }

    /// The policy's days as instants.
    public struct Cutoffs: Sendable, Equatable {
        public var freeTextClosedBefore: Date
        public var contactClosedBefore: Date
        public var unclosedReceivedBefore: Date?
    }
}
