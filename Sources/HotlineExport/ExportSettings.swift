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

    public init(directory: String, timeZone: TimeZone, smallCellThreshold: Int) {
        self.directory = directory
        self.timeZone = timeZone
        self.smallCellThreshold = smallCellThreshold
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
