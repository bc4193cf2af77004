/// One published summary: every figure of a period, after small-cell suppression. Holds no
/// personal data: only counts under the keys of closed lists, catalog names, and two durations.
public struct ExportSummary: Sendable, Equatable {
    /// Version of the file format (keys and meaning), written into every file. Bumped on any
    /// change a reader could notice; see `docs/exports.md`.
    public static let schemaVersion = 2

    public let period: ExportPeriod
    /// IANA name of the time zone whose calendar days the period covers.
    public let timeZone: String
    /// First instant of the period, RFC 3339 UTC (included).
    public let periodStart: String
    /// First instant after the period, RFC 3339 UTC (excluded).
    public let periodEnd: String
    /// Counts from 1 to `threshold − 1` are suppressed; 0 means no suppression.
    public let smallCellThreshold: Int
    /// Headline figures, in published order.
    public let figures: [Figure]
    /// Breakdowns, in published order.
    public let breakdowns: [Breakdown]
    /// Time from receipt to first triage; `nil` in the annual report.
    public let timeToTriage: TimeToTriage?
    /// Times of the case work (`time_to_first_action`, `time_to_closing`); empty in the annual report.
    public var durations: [Duration] = []

    /// A headline figure, e.g. `calls_received`.
    public struct Figure: Sendable, Equatable {
        public let name: String
        public let count: PublishedCount
    }

    /// A breakdown: counts of a population under the keys of one list.
    public struct Breakdown: Sendable, Equatable {
        /// e.g. `calls_by_channel`.
        public let name: String
        /// The headline figure (or, for `calls_of_concern` and `triaged_calls`, the unpublished
        /// population) the cells count.
        public let population: String
        /// Whether the cells add up to the population (each call in exactly one cell).
        public let isPartition: Bool
        public let cells: [Cell]
    }

    /// One cell of a breakdown.
    public struct Cell: Sendable, Equatable {
        public let key: String
        public let count: PublishedCount
    }

    /// Median and 90th percentile of the time from a call's receipt to its first triage.
    public struct TimeToTriage: Sendable, Equatable {
        /// In milliseconds; `nil` when fewer calls than the threshold were triaged.
        public let medianMilliseconds: Int64?
        public let p90Milliseconds: Int64?
    }

    /// The median and 90th percentile of one kind of time, e.g. `time_to_closing`.
    public struct Duration: Sendable, Equatable {
        public let name: String
        /// In milliseconds; `nil` when fewer calls than the threshold had one.
        public let medianMilliseconds: Int64?
        public let p90Milliseconds: Int64?
    }

    /// The figure named `name`.
    public func figure(_ name: String) -> PublishedCount? {
        figures.first { $0.name == name }?.count
    }

    /// The breakdown named `name`.
    public func breakdown(_ name: String) -> Breakdown? {
        breakdowns.first { $0.name == name }
    }
}
