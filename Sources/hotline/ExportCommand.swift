import ArgumentParser
import Foundation
import HotlineCore
import HotlineExport
import HotlineFiles

/// `hotline export`: writes the summary exports (no personal data) from the database, read-only,
/// so it is safe while the daemon runs.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write summary exports (JSON, CSV, HTML) with no personal data.",
        discussion: """
            With no dates: the nightly run. Exports every day after the last exported one up to yesterday \
            (calendar days in export.time_zone), in order, and records each in the database once its files \
            are in place. The first run exports yesterday only.

            --from/--to export one summary over those days (summary-FROM_TO.*); --year the annual statistics \
            (annual-YYYY.*). These do not move the "last exported" mark. Days that are not over are refused.

            Files go to export.directory, which must exist; each is written to a temporary file, synced and \
            renamed, so a reader never sees half a file. Counts from 1 to export.small_cell_threshold - 1, and \
            the counts that would give them away, are published as "suppressed". See docs/exports.md.

            Each run is written to the database's audit trail (action export_run, the periods and the uid): \
            the one write this command makes besides the "last exported" mark.

            Exit codes: 0 ok; 64 usage error (bad or future date, bad configuration); 74 I/O or database error.
            """
    )

    @OptionGroup var location: DatabaseOptions

    @Option(help: ArgumentHelp("First day of one summary over several days (default for --to: yesterday).", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("Last day, included.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(help: ArgumentHelp("The annual statistics of a past calendar year.", valueName: "YYYY"))
    var year: String?

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp("json, csv or html; repeat for several (default: all three; json with --stdout).", valueName: "format"))
    var formats: [ExportFormat] = []

    @Flag(help: "Print one format to standard output instead of writing files (the mark is not touched).")
    var stdout = false

    func validate() throws {
        if stdout && formats.count > 1 {
            throw ValidationError("--stdout prints one format: give at most one --format")
        }
    }

    func run() async throws {
        let configuration = try location.configuration()
        let settings: ExportSettings
        do {
            // The catalog names the indicators in the report's language; without it the ids are shown.
            let catalog: IndicatorCatalog?
            do {
                catalog = try IndicatorCatalog.load(contentsOf: configuration.catalog.path)
            } catch {
                CLIOutput.error("warning: the indicator catalog cannot be read (\(configuration.catalog.path)); the report shows indicator ids")
                catalog = nil
            }
            settings = try ExportSettings(configuration, catalog: catalog)
        } catch {
            CLIOutput.error("configuration error: \(error)")
            throw CLIExitCode.usage
        }
        ExportJournal.start(destination: configuration.logging.destination)
        let databasePath = location.databasePath(in: configuration)
        let exporter = SummaryExporter(databasePath: databasePath, settings: settings)
        do {
            let request = try ExportRequest.parse(from: from, to: to, year: year, timeZone: settings.timeZone)
            let periods = try perform(request, with: exporter)
            if !periods.isEmpty {
                DirectAccessAudit.record(
                    .exportRun, detail: "periods=\(periods.joined(separator: ","))\(stdout ? " stdout" : "")", databasePath: databasePath)
            }
        } catch {
            CLIOutput.error(error.description)
            throw error.isUsageError ? CLIExitCode.usage : CLIExitCode.ioError
        }
    }

    /// Exports and returns the names of the periods exported.
    private func perform(_ request: ExportRequest, with exporter: SummaryExporter) throws(ExportError) -> [String] {
        let chosen = formats.isEmpty ? (stdout ? [.json] : ExportFormat.allCases) : formats
        switch (request, stdout) {
        case (.pendingDays, true):
            let day = ExportPeriod.day(exporter.yesterday())
            print(chosen[0].render(try exporter.summary(for: day), wording: exporter.settings.wording), terminator: "")
            return [day.fileStem]
        case (.period(let period), true):
            print(chosen[0].render(try exporter.summary(for: period), wording: exporter.settings.wording), terminator: "")
            return [period.fileStem]
        case (.period(let period), false):
            let paths = try exporter.write(try exporter.summary(for: period), formats: chosen)
            for path in paths {
                print(path)
            }
            ExportJournal.written(period.fileStem, paths: paths)
            return [period.fileStem]
        case (.pendingDays, false):
            let days = try exporter.exportPendingDays(formats: chosen) { day, paths in
                print("exported \(day): \(paths.joined(separator: " "))")
                ExportJournal.written("\(day)", paths: paths)
            }
            if days.isEmpty {
                print("nothing to export: \(exporter.yesterday()) is already exported")
            }
            return days.map { "\($0)" }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
