/// The exact figures of one period, before small-cell suppression. Never written anywhere as is:
/// ``SummaryPublisher`` turns them into an ``ExportSummary``.
///
/// Every breakdown maps a published key (see ``PublishedVocabulary``) to a count; keys with no
/// calls may be missing.
struct SummaryCounts: Equatable {
    var callsReceived = 0
    var presumedTrafficking = 0
    /// High-band calls received before the end of the period that are not closed at export time.
    var openHighBandCalls = 0

    var byChannel: [String: Int] = [:]
    var byLanguage: [String: Int] = [:]
    var byCallerRole: [String: Int] = [:]
    var byBand: [String: Int] = [:]
    var bySector: [String: Int] = [:]
    var byRegion: [String: Int] = [:]
    var byGender: [String: Int] = [:]
    var byAgeGroup: [String: Int] = [:]
    /// Calls by the catalog version of their current triage, `untriaged` for none.
    var byCatalogVersion: [String: Int] = [:]
    /// Calls with each flag (a call may have several).
    var withFlag: [String: Int] = [:]
    /// Calls of concern (presumed trafficking or high band) by form of exploitation; a call may
    /// count under several forms; `unknown` is a call of concern with no form.
    var concernByExploitation: [String: Int] = [:]
    var presumedByExploitation: [String: Int] = [:]
    var presumedByGender: [String: Int] = [:]
    var presumedByAgeGroup: [String: Int] = [:]
    /// Calls whose current triage matched each indicator.
    var withIndicator: [String: Int] = [:]
    /// Calls whose current triage matched at least one indicator of each dimension.
    var withIndicatorDimension: [String: Int] = [:]

    /// Milliseconds from receipt to each call's first triage, sorted ascending.
    var triageDelaysMilliseconds: [Int64] = []

    /// Calls by the month they were received in, `YYYY-MM` in the export time zone, in order.
    var byMonth: [String: Int] = [:]
    /// The months of the period, in order (the keys of ``byMonth``).
    var months: [String] = []

    // Case work on the period's calls (see ``CaseWorkScan``).
    var referralsMade = 0
    var referralsByTarget: [String: Int] = [:]
    var referralsByOutcome: [String: Int] = [:]
    var callsClosed = 0
    var closedByReason: [String: Int] = [:]
    /// `within_deadline`, `after_deadline` (by the first action) or `no_action_yet`.
    var byDeadline: [String: Int] = [:]
    /// Milliseconds from receipt to the first action and to the closing, sorted ascending.
    var firstActionDelaysMilliseconds: [Int64] = []
    var closingDelaysMilliseconds: [Int64] = []
    /// Calls open at the end of the period (received before it), by band and by age.
    var openAtPeriodEnd = 0
    var backlogByBand: [String: Int] = [:]
    var backlogByAge: [String: Int] = [:]
}
