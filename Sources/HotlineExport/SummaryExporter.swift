import Foundation
import GRDB
import HotlineStore

/// Builds and writes summary exports from the daemon's database, while the daemon runs.
///
/// Reads go through a read-only connection (one snapshot per summary); the only write is the
/// "last exported day" mark, in its own short transaction, after the day's files are renamed into
/// place. Exporting the same period of an unchanged database twice gives byte-identical files:
/// nothing in them depends on when or where the export ran.
public struct SummaryExporter: Sendable {
    public let databasePath: String
    public let settings: ExportSettings

    public init(databasePath: String, settings: ExportSettings) {
        self.databasePath = databasePath
        self.settings = settings
    }

    /// The day before `now`'s day in the export time zone: what a nightly run exports.
    public func yesterday(now: Date = Date()) -> ExportDay {
        ExportDay(containing: now, in: settings.timeZone).previous
    }

    /// Refuses a period that is not over at `now` in the export time zone.
    public func checkIsOver(_ period: ExportPeriod, now: Date = Date()) throws(ExportError) {
        let today = ExportDay(containing: now, in: settings.timeZone)
        guard period.lastDay < today else {
            throw .notOver(period.lastDay.description, timeZone: settings.timeZone.identifier)
        }
    }

    /// The summary of `period`.
    public func summary(for period: ExportPeriod) throws(ExportError) -> ExportSummary {
        let bounds = period.storedBounds(in: settings.timeZone)
        let counts: SummaryCounts
        do {
            let queue = try ReadOnlyStore.open(path: databasePath)
            defer { try? queue.close() }
            let timeZone = settings.timeZone, policy = settings.deadlines
            counts = try queue.read { db in
                let detail = period.kind != .year
                let caseWork = try detail && ReadOnlyStore.hasCaseWork(db)
                var counts = try SummaryScan.counts(db, start: bounds.start, end: bounds.end, detail: detail, openHighBand: !caseWork)
                let months = try MonthScan.counts(db, period: period, timeZone: timeZone)
                counts.months = months.map(\.key)
                counts.byMonth = Dictionary(months.map { ($0.key, $0.count) }, uniquingKeysWith: +)
                if caseWork {
                    try CaseWorkScan.counts(db, start: bounds.start, end: bounds.end, policy: policy, into: &counts)
                }
                return counts
            }
        } catch {
            throw .database(String(describing: error))
        }
        return SummaryPublisher(suppression: SmallCellSuppression(threshold: settings.smallCellThreshold))
            .summary(counts, period: period, timeZone: settings.timeZone)
    }

    /// Writes `summary` in `formats` into the export directory, atomically; returns the paths.
    @discardableResult
    public func write(_ summary: ExportSummary, formats: [ExportFormat] = ExportFormat.allCases) throws(ExportError) -> [String] {
        try write(summary, formats: formats, using: AtomicFileWriter(directory: settings.directory))
    }

    func write(_ summary: ExportSummary, formats: [ExportFormat], using writer: AtomicFileWriter) throws(ExportError) -> [String] {
        let files = formats.map { format in
            (name: "\(summary.period.fileStem).\(format.fileExtension)", contents: Data(format.render(summary, wording: settings.wording).utf8))
        }
        return try writer.write(files)
    }

    /// The last day whose nightly summary was written, from the database.
    public func lastExportedDay() throws(ExportError) -> ExportDay? {
        let text: String?
        do {
            let queue = try ReadOnlyStore.open(path: databasePath)
            defer { try? queue.close() }
            text = try queue.read { db in try StoreSettings.value(forKey: StoreSettings.lastExportedDayKey, in: db) }
        } catch {
            throw .database(String(describing: error))
        }
        guard let text else { return nil }
        guard let day = ExportDay(text) else { throw .database("settings \(StoreSettings.lastExportedDayKey) holds '\(text)', not a day") }
        return day
    }

    /// The days a nightly run at `now` exports: every day after the last exported one up to
    /// yesterday, oldest first; only yesterday when nothing was ever exported.
    public func pendingDays(now: Date = Date()) throws(ExportError) -> [ExportDay] {
        let yesterday = yesterday(now: now)
        guard let last = try lastExportedDay() else { return [yesterday] }
        var days: [ExportDay] = []
        var day = last.next
        while day <= yesterday {
            days.append(day)
            day = day.next
        }
        return days
    }

    /// The nightly run: exports every pending day in order (all formats), recording each day as
    /// exported once its files are in place. Stops at the first failure, leaving the mark on the
    /// last day fully written.
    ///
    /// - Parameter progress: called after each day is written and recorded.
    /// - Returns: the days exported.
    @discardableResult
    public func exportPendingDays(
        now: Date = Date(), formats: [ExportFormat] = ExportFormat.allCases, progress: (ExportDay, [String]) -> Void = { _, _ in }
    ) throws(ExportError) -> [ExportDay] {
        let writer = AtomicFileWriter(directory: settings.directory)
        try writer.checkDirectory()
        let days = try pendingDays(now: now)
        for day in days {
            let paths = try write(summary(for: .day(day)), formats: formats, using: writer)
            try recordExported(day)
            progress(day, paths)
        }
        return days
    }

    /// Moves the "last exported day" mark forward to `day` (never backwards).
    public func recordExported(_ day: ExportDay) throws(ExportError) {
        do {
            try StoreSettings.advance(day.description, forKey: StoreSettings.lastExportedDayKey, databasePath: databasePath)
        } catch {
            throw .database("cannot record \(day) as exported: \(error)")
        }
    }
}
