import Foundation
import HotlineCore

/// What an export needs from the configuration, checked.
public struct ExportSettings: Sendable, Equatable {
    /// Where the files go. Must exist: an export never creates it (a typo would scatter files).
    public var directory: String
    /// The time zone whose calendar days summaries cover.
    public var timeZone: TimeZone
    /// See ``SmallCellSuppression``; 0 turns suppression off.
    public var smallCellThreshold: Int
    /// The deadlines open calls had, for the share handled within them.
    public var deadlines: DeadlinePolicy
    /// The HTML report's language and catalog labels.
    public var wording: ReportWording

    public init(directory: String, timeZone: TimeZone, smallCellThreshold: Int, deadlines: DeadlinePolicy = .standard,
                wording: ReportWording = .plain) {
        self.directory = directory
        self.timeZone = timeZone
        self.smallCellThreshold = smallCellThreshold
        self.deadlines = deadlines
        self.wording = wording
    }

    /// The `export` and `deadlines` sections of the daemon's configuration, with the catalog's labels.
    public init(_ configuration: DaemonConfiguration, catalog: IndicatorCatalog?) throws(ExportError) {
        try self.init(configuration.export)
        deadlines = configuration.deadlines
        let language = configuration.export.language
        wording = catalog.map { ReportWording(language: language, catalog: $0) } ?? ReportWording(language: language)
    }

    /// The `export` section of the daemon's configuration.
    public init(_ configuration: DaemonConfiguration.Export) throws(ExportError) {
        guard let timeZone = TimeZone(identifier: configuration.timeZone) else {
            throw .unknownTimeZone(configuration.timeZone)
        }
        guard configuration.smallCellThreshold >= 0 else {
            throw .invalidThreshold(configuration.smallCellThreshold)
        }
        self.init(directory: configuration.directory, timeZone: timeZone, smallCellThreshold: configuration.smallCellThreshold)
    }
}
