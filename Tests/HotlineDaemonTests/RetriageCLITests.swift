import Foundation
import Testing

/// `hotline retriage` end to end: the real binary on a real SQLite file that the real daemon wrote,
/// band rises read back from a real (private) journald, the database checked with Python's sqlite3.
///
/// Bands are made to rise without relying on what the catalog says about a narrative: the calls are
/// stored under one copy of the shipped catalog (version `retriage-old`), then the bands of their
/// current results are set in SQL, as an earlier catalog might have left them (`none` for some,
/// `high` for others), and they are retriaged under another copy (version `retriage-new`). Which
/// calls must rise is then read from the database's own history, not assumed.
@Suite("hotline retriage: band rises in the journal, batches, schema refusal", .serialized)
struct RetriageCLITests {
    static let bandRoseMessageID = "a371eed0ac6740548680c8112f189b0b"
    static let bandOrder = ["none", "low", "medium", "high"]

    /// A stopped daemon's folder with a database of stored calls and the retriage configuration.
    struct StoredCalls {
        let daemon: DaemonProcess
        /// A configuration naming the database and the `retriage-new` catalog.
        let retriageConfig: String
        let newCatalog: String
        /// A string written into every record's narrative and contact name, and nowhere else.
        let marker: String

        var databasePath: String { daemon.databasePath }
        var folder: URL { daemon.directory }
    }

    /// Stores `narratives` through the daemon under the `retriage-old` catalog, stops it and folds
    /// its write-ahead log into the database file (so the file can be copied and compared).
    static func storeCalls(_ narratives: [String]) throws -> StoredCalls {
        let daemon = try DaemonProcess()
        let folder = daemon.directory
        let oldCatalog = try catalogCopy(version: "retriage-old", in: folder)
        let newCatalog = try catalogCopy(version: "retriage-new", in: folder)
        let daemonConfig = try configuration(named: "daemon.yaml", in: folder, database: daemon.databasePath, catalog: oldCatalog, logging: "stderr")
        let retriageConfig = try configuration(named: "retriage.yaml", in: folder, database: daemon.databasePath, catalog: newCatalog, logging: "auto")
        try daemon.start(arguments: ["--config", daemonConfig])
        let marker = "PERSONAL-\(UUID().uuidString)"
        for (n, narrative) in narratives.enumerated() {
            let record: [String: Any] = [
                "external_id": "rt-\(n)", "channel": "phone", "caller_role": "third_party", "language": "en",
                "narrative": "\(narrative) \(marker)", "contact": ["name": "Caller \(marker)", "phone": "+45 20 30 40 50"],
            ]
            let body = String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
            let answer = try daemon.client().post("/v1/calls", json: body)
            #expect(answer.status == 201, "\(answer.text)")
        }
        #expect(daemon.stop() == 0)
        try PythonSQLite.execute(daemon.databasePath, "PRAGMA wal_checkpoint(TRUNCATE);")
        return StoredCalls(daemon: daemon, retriageConfig: retriageConfig, newCatalog: newCatalog, marker: marker)
    }

    /// A copy of the shipped catalog whose only change is its version.
    static func catalogCopy(version: String, in folder: URL) throws -> String {
        let shipped = try String(contentsOf: PrivateJournal.packageRoot.appendingPathComponent("Config/indicators.yaml"), encoding: .utf8)
        var lines = shipped.components(separatedBy: "\n")
        let versionLine = try #require(lines.firstIndex { $0.hasPrefix("version:") }, "the catalog has no version line")
        lines[versionLine] = "version: \"\(version)\""
        let path = folder.appendingPathComponent("\(version).yaml").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func configuration(named name: String, in folder: URL, database: String, catalog: String, logging: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        let yaml = """
            socket:
              path: \(folder.appendingPathComponent("hotline.sock").path)
            database:
              path: \(database)
            catalog:
              path: \(catalog)
            logging:
              destination: \(logging)

            """
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Per call, oldest first: id, the band of the result before the current one, the current band,
    /// score and catalog version.
    static func history(_ database: String) throws -> [(id: String, previous: String, band: String, score: String, catalog: String)] {
        try PythonSQLite.rows(
            database,
            """
            SELECT calls.id,
                   (SELECT band FROM triages AS earlier WHERE earlier.call_id = calls.id AND earlier.id < calls.triage_id
                    ORDER BY earlier.id DESC LIMIT 1),
                   current.band, current.score, current.catalog_version
            FROM calls JOIN triages AS current ON current.id = calls.triage_id ORDER BY calls.id
            """
        ).map { ($0[0], $0[1], $0[2], $0[3], $0[4]) }
    }

    static func rank(_ band: String) -> Int? { bandOrder.firstIndex(of: band) }

    @Test("each call whose band rises gets one warning in journald with ids and codes only; no other call does")
    func bandRisesInTheJournal() throws {
        let stored = try Self.storeCalls([
            "The owner took my passport when I arrived and I work 14 hours a day without pay.",
            "Caller reports a worker at a farm near Odense whose passport was taken by the employer.",
            "She says the agency keeps her papers, she owes a debt she cannot pay and she is locked in at night.",
            "Caller asked about the opening hours of the office.",
            "The owner took my passport when I arrived and I work 14 hours a day without pay.",
            "She says the agency keeps her papers, she owes a debt she cannot pay and she is locked in at night.",
        ])
        // As an earlier catalog might have left them: calls 1-4 in band none, calls 5-6 in band high.
        try PythonSQLite.execute(
            stored.databasePath,
            """
            UPDATE triages SET band = 'none' WHERE id IN (SELECT triage_id FROM calls WHERE id <= 4);
            UPDATE triages SET band = 'high' WHERE id IN (SELECT triage_id FROM calls WHERE id > 4);
            """)

        let run = try PrivateJournal.run(DaemonProcess.cli, ["retriage", "--config", stored.retriageConfig])
        #expect(run.status == 0, "\(run.stderr)")

        let history = try Self.history(stored.databasePath)
        #expect(history.count == 6)
        #expect(history.allSatisfy { $0.catalog == "retriage-new" })
        let rose = history.filter { call in
            guard let old = Self.rank(call.previous), let new = Self.rank(call.band) else { return false }
            return new > old
        }
        let fell = history.filter { call in
            guard let old = Self.rank(call.previous), let new = Self.rank(call.band) else { return false }
            return new < old
        }
        try #require(!rose.isEmpty, "no stored call scores above band none under the shipped catalog: \(history)")
        #expect(!rose.contains { $0.id == "5" || $0.id == "6" })

        let entries = run.entries(messageID: Self.bandRoseMessageID)
        #expect(entries.map { $0["CALL_ID"] ?? "?" }.sorted() == rose.map(\.id).sorted(), "\(entries)")
        let allowed: Set<String> = [
            "MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "CODE_FILE", "CODE_LINE", "CODE_FUNC", "LOGGER",
            "MESSAGE_ID", "CALL_ID", "PREVIOUS_BAND", "BAND", "SCORE", "CATALOG_VERSION",
        ]
        for call in rose {
            let entry = try #require(entries.first { $0["CALL_ID"] == call.id }, "no entry for call \(call.id)")
            #expect(entry["PRIORITY"] == "4", "warning")
            #expect(entry["SYSLOG_IDENTIFIER"] == "hotline-retriage")
            #expect(entry["PREVIOUS_BAND"] == call.previous)
            #expect(entry["BAND"] == call.band)
            #expect(entry["SCORE"] == call.score)
            #expect(entry["CATALOG_VERSION"] == "retriage-new")
            #expect(entry["MESSAGE"] == "call \(call.id) rose from \(call.previous) to \(call.band) on retriage (score \(call.score), catalog retriage-new)")
            let extra = Set(entry.keys.filter { !$0.hasPrefix("_") }).subtracting(allowed)
            #expect(extra.isEmpty, "fields beyond ids and codes: \(extra)")
        }
        #expect(!run.raw.contains(stored.marker), "record text reached the journal")
        #expect(!run.raw.contains("+45 20 30 40 50"), "a phone number reached the journal")
        #expect(!run.stdout.contains(stored.marker) && !run.stderr.contains(stored.marker))
        #expect(
            run.stdout.contains(
                "retriaged 6 calls under catalog retriage-new: \(rose.count) rose, \(fell.count) fell, "
                    + "\(6 - rose.count - fell.count) kept their band; 1 transaction of up to 200 calls"),
            "\(run.stdout)")

        // The same catalog again: no band moves, so nothing is reported.
        let again = try PrivateJournal.run(DaemonProcess.cli, ["retriage", "--config", stored.retriageConfig])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.entries(messageID: Self.bandRoseMessageID).isEmpty, "\(again.entries(messageID: Self.bandRoseMessageID))")
        #expect(again.stdout.contains("retriaged 6 calls under catalog retriage-new: 0 rose, 0 fell, 6 kept their band"), "\(again.stdout)")
        #expect(!again.raw.contains(stored.marker))
        #expect(try PythonSQLite.rows(stored.databasePath, "SELECT count(*) FROM triages") == [["18"]])
    }

    @Test("a database at an older or a newer schema version is refused with 74 and left byte-for-byte as it was")
    func refusesOtherSchemaVersions() throws {
        let stored = try Self.storeCalls([
            "The owner took my passport when I arrived and I work 14 hours a day without pay.",
            "Caller asked about the opening hours of the office.",
        ])
        let older = stored.folder.appendingPathComponent("older.sqlite")
        let newer = stored.folder.appendingPathComponent("newer.sqlite")
        let current = try PythonSQLite.rows(stored.databasePath, "SELECT count(*) FROM grdb_migrations")
        try FileManager.default.copyItem(atPath: stored.databasePath, toPath: older.path)
        try FileManager.default.copyItem(atPath: stored.databasePath, toPath: newer.path)
        // Back to schema version 1: the state before migration v2-export-indexes.
        try PythonSQLite.execute(
            older.path,
            """
            BEGIN;
            DROP INDEX calls_for_export; DROP INDEX triages_for_export; DROP INDEX triages_first_by_call;
            DELETE FROM grdb_migrations WHERE identifier = 'v2-export-indexes';
            COMMIT;
            """)
        // Written by a build that knows a migration this one does not.
        try PythonSQLite.execute(newer.path, "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-a-newer-build');")

        for database in [older, newer] {
            let before = try Data(contentsOf: database)
            let filesBefore = try FileManager.default.contentsOfDirectory(atPath: stored.folder.path).sorted()
            let refused = try runCLI(["retriage", "--config", stored.retriageConfig, "--database", database.path])
            #expect(refused.status == 74, "\(database.lastPathComponent): \(refused.output) \(refused.error)")
            #expect(refused.error.contains("schema version"), "\(refused.error)")
            #expect(refused.error.contains("othing was changed"), "\(refused.error)")
            #expect(!refused.error.contains(stored.marker) && !refused.output.contains(stored.marker))
            #expect(try Data(contentsOf: database) == before, "\(database.lastPathComponent) was written")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: stored.folder.path).sorted() == filesBefore,
                "files appeared or vanished beside \(database.lastPathComponent)")
        }
        // Left as it was: every migration but the export indexes' still recorded.
        #expect(try PythonSQLite.rows(older.path, "SELECT count(*) FROM grdb_migrations WHERE identifier = 'v2-export-indexes'") == [["0"]])
        let currentCount = try #require(current.first?.first.flatMap { Int($0) })
        #expect(try PythonSQLite.rows(older.path, "SELECT count(*) FROM grdb_migrations") == [["\(currentCount - 1)"]],
                "every migration but the export indexes'")
        #expect(try PythonSQLite.rows(older.path, "SELECT count(*) FROM triages") == [["2"]])
    }

    @Test("1,000 calls are written in transactions of --batch-size calls: a handful of fsyncs, not one per call")
    func writesInBatches() throws {
        let stored = try Self.storeCalls(["The owner took my passport when I arrived and I work 14 hours a day without pay."])
        let perCall = stored.folder.appendingPathComponent("per-call.sqlite").path
        try FileManager.default.copyItem(atPath: stored.databasePath, toPath: perCall)
        try PythonSQLite.multiplyFirstCall(stored.databasePath, to: 1000)
        try PythonSQLite.multiplyFirstCall(perCall, to: 100)

        let batched = try SyncCount.run(DaemonProcess.cli, ["retriage", "--config", stored.retriageConfig])
        #expect(batched.status == 0)
        #expect(batched.output.hasPrefix("retriaged 1000 calls under catalog retriage-new:"), "\(batched.output)")
        #expect(batched.output.contains("; 5 transactions of up to 200 calls"), "\(batched.output)")
        // One sync per commit (synchronous = FULL), plus a few for checkpoints; per-call commits would make over 1,000.
        #expect(batched.syncs >= 5 && batched.syncs < 50, "\(batched.syncs) fsyncs for 5 batches")
        #expect(try PythonSQLite.rows(stored.databasePath, "SELECT count(*) FROM triages") == [["2000"]])
        #expect(
            try PythonSQLite.rows(
                stored.databasePath, "SELECT count(*) FROM calls WHERE (SELECT count(*) FROM triages WHERE call_id = calls.id) != 2"
            ) == [["0"]], "every call has its old and its new result")

        // One call per transaction (on 100 calls, to spare a shared machine 1,000 fsyncs) shows that
        // the measure sees every commit.
        let single = try SyncCount.run(
            DaemonProcess.cli, ["retriage", "--config", stored.retriageConfig, "--database", perCall, "--batch-size", "1"])
        #expect(single.status == 0)
        #expect(single.output.contains("retriaged 100 calls") && single.output.contains("; 100 transactions of up to 1 call"), "\(single.output)")
        #expect(single.syncs >= 100, "\(single.syncs) fsyncs for 100 transactions")

        #expect(try runCLI(["retriage", "--config", stored.retriageConfig, "--batch-size", "0"]).status == 64)
    }
}
