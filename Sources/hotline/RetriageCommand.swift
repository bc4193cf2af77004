import ArgumentParser
import Foundation
import HotlineCore
import HotlineStore
import HotlineTriage

/// `hotline retriage`: scores stored calls again under the current catalog, keeping every earlier result.
struct RetriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retriage",
        abstract: "Score stored calls again under the current catalog; earlier results are kept as history.",
        discussion: """
            Opens the database directly, safe beside the running daemon: calls are read and scored in \
            batches outside any transaction, and each batch's results are written in one short \
            transaction, so intake waits for at most one batch. The database is never migrated: a file \
            whose schema version is not this hotline's is refused (exit 74) and left untouched.

            Each call whose band rises gets a warning in the journal (MESSAGE_ID \
            a371eed0ac6740548680c8112f189b0b) with its id, both bands, the score and the catalog \
            version, even when run from a terminal (unless logging.destination is stderr). The last \
            line says how many calls were scored, rose and fell.

            Exit codes: 0 ok; 1 invalid catalog; 64 usage error; 74 I/O or database error, or a \
            database at another schema version.

            Example:
              hotline retriage --config /etc/hotline/hotline.yaml --since 2026-11-01T00:00:00Z
            """
    )

    @OptionGroup var location: DatabaseOptions

    @Option(help: ArgumentHelp("The catalog file (default: from the configuration).", valueName: "path"))
    var catalog: String?

    @Option(help: ArgumentHelp("Only calls received at or after this RFC 3339 time (or YYYY-MM-DD, UTC).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Calls written per transaction (1 to \(Self.largestBatchSize)).", valueName: "n"))
    var batchSize: Int = 200

    /// The largest batch: each batch's ids are one SQL parameter list.
    static let largestBatchSize = 10_000

    func validate() throws {
        if let since, Self.parse(since) == nil {
            throw ValidationError("--since must be an RFC 3339 time or a date YYYY-MM-DD")
        }
        guard (1...Self.largestBatchSize).contains(batchSize) else {
            throw ValidationError("--batch-size must be between 1 and \(Self.largestBatchSize)")
        }
    }

    static func parse(_ text: String) -> Date? {
        RFC3339.parse(text) ?? (text.count == 10 ? RFC3339.parse(text + "T00:00:00Z") : nil)
    }

    func run() throws {
        let settings = try location.configuration()
        let triage: EngineTriage
        do {
            triage = try EngineTriage.load(catalogPath: catalog ?? settings.catalog.path)
        } catch {
            CLIOutput.error(error.description)
            throw CLIExitCode.checkFailed
        }
        let path = location.databasePath(in: settings)
        let store = try DirectStoreOpening.open(path) { try RetriageStore.open(path: $0) }
        RetriageJournal.start(destination: settings.logging.destination)
        var tally = RetriageTally()
        do {
            let ids = try store.callIDs(receivedSince: since.flatMap(Self.parse))
            for start in stride(from: 0, to: ids.count, by: batchSize) {
                let batch = ids[start..<min(start + batchSize, ids.count)]
                let records = try store.records(batch)
                let facts = try store.factNotes(batch)
                // Scored before the transaction opens: the write lock is held for the inserts only.
                let results = records.map { record in
                    (callID: record.id, triage: triage.assess(record.submission, factNotes: facts[record.id] ?? [], at: Date()))
                }
                let stored = try store.append(results)
                tally.transactions = store.committedTransactions
                for call in stored {
                    tally.add(call.movement)
                    RetriageJournal.report(call)
                }
            }
            try store.close()
        } catch {
            let detail = (error as? RetriageStoreError)?.description ?? "\(error)"
            CLIOutput.error("retriage of \(path) stopped after \(tally.scored) stored calls: \(detail)")
            throw CLIExitCode.ioError
        }
        print(tally.summary(catalogVersion: triage.catalogVersion, batchSize: batchSize))
    }
}
