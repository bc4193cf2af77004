import Foundation
import HotlineClient
import Testing

/// A damaged or empty database file is refused, never written into or silently started afresh, and
/// `hotline db check` finds damage inside stored rows (issue 9, item 6). Damage is made by writing
/// bytes into a copy of a real database the daemon wrote.
@Suite("Damaged and empty database files")
struct DatabaseDamageTests {
    /// A database the daemon wrote and closed cleanly, holding `count` calls.
    private func storedDatabase(calls count: Int) throws -> DaemonProcess {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        for n in 0..<count {
            let narrative = "Call \(n): the employer keeps the passports of the workers and they owe a debt for the travel."
            #expect(try client.post("/v1/calls", json: sampleRecord(externalID: "dmg-\(n)", narrative: narrative)).status == 201)
        }
        #expect(daemon.stop() == 0)
        // Everything into the main file (whatever the daemon left in its log), so a copy of it is whole.
        try PythonSQLite.execute(daemon.databasePath, "PRAGMA wal_checkpoint(TRUNCATE)")
        return daemon
    }

    /// Overwrites `count` bytes at `offset` of the file at `path` with 0xff.
    private func overwrite(_ path: String, at offset: Int, count: Int) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        try handle.write(contentsOf: Data(repeating: 0xff, count: count))
        try handle.synchronize()
    }

    private func runCLI(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DaemonProcess.cli)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("damage in the middle of the file: the daemon refuses to start (74), says it is permanent, and writes nothing")
    func damagedFileRefused() throws {
        let source = try storedDatabase(calls: 150)
        let daemon = try DaemonProcess()
        try FileManager.default.copyItem(atPath: source.databasePath, toPath: daemon.databasePath)
        let pageSize = Int(try PythonSQLite.rows(daemon.databasePath, "PRAGMA page_size")[0][0])!
        let pages = (DaemonProcess.size(of: daemon.databasePath) ?? 0) / pageSize
        #expect(pages > 10)
        // The first 512 bytes of a page in the middle: its b-tree page header and cell pointers.
        try overwrite(daemon.databasePath, at: (pages / 2) * pageSize, count: 512)
        let quickCheck = try PythonSQLite.run(
            """
            import sqlite3,sys
            try: print(sqlite3.connect(sys.argv[1]).execute('PRAGMA quick_check').fetchone()[0])
            except sqlite3.DatabaseError as e: print('error:', e)
            """, [daemon.databasePath])
        #expect(!quickCheck.hasPrefix("ok"), "the fixture must be damaged: \(quickCheck)")
        let before = try Data(contentsOf: URL(fileURLWithPath: daemon.databasePath))

        let process = try daemon.launch()
        let status = DaemonProcess.exitStatus(of: process, within: 20)
        #expect(status == 74, "exit \(String(describing: status)): \(daemon.stderr)")
        #expect(daemon.stderr.contains("damaged"), "\(daemon.stderr)")
        #expect(daemon.stderr.contains("permanent"), "\(daemon.stderr)")
        #expect(!daemon.stderr.contains("passports"), "no stored content in the message: \(daemon.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: daemon.databasePath)) == before, "nothing was written into it")
        #expect((DaemonProcess.size(of: daemon.databasePath + "-wal") ?? 0) == 0)
    }

    @Test("64 bytes of 0xff inside a stored triage: db check fails and names the row by id, without its content")
    func damagedTriageNamedByCheck() throws {
        let source = try storedDatabase(calls: 3)
        let path = source.directory.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: source.databasePath, toPath: path)
        let result = try PythonSQLite.rows(path, "SELECT result FROM triages WHERE call_id = 2")[0][0]
        let file = try Data(contentsOf: URL(fileURLWithPath: path))
        let range = try #require(file.range(of: Data(result.utf8)), "the triage result is stored as one piece")
        try overwrite(path, at: range.lowerBound + 40, count: 64)
        // Results of calls alike can be byte for byte the same: the damaged one is whichever changed.
        let changed = try PythonSQLite.rows(path, "SELECT id, call_id FROM triages WHERE CAST(result AS BLOB) != CAST(? AS BLOB)".replacingOccurrences(
            of: "?", with: "'" + result.replacingOccurrences(of: "'", with: "''") + "'"))
        #expect(changed.count == 1, "\(changed)")
        let (triageID, callID) = (changed.first?[0] ?? "", changed.first?[1] ?? "")

        let intact = try runCLI(["db", "check", "--database", source.databasePath])
        #expect(intact.status == 0, "\(intact.output)")
        let check = try runCLI(["db", "check", "--database", path])
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("integrity"), "\(check.output)")
        #expect(check.output.contains("triage \(triageID) (call \(callID)): result is not valid JSON"), "\(check.output)")
        #expect(!check.output.contains("passports"), "no stored content in the report: \(check.output)")
        let json = try runCLI(["db", "check", "--database", path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any], "\(json.output)")
        #expect(object["healthy"] as? Bool == false)
        #expect(object["damaged_row_count"] as? Int == 1)
        let rows = try #require(object["damaged_rows"] as? [[String: Any]])
        #expect(rows.first?["table"] as? String == "triages")
        #expect(rows.first?["call_id"] as? Int == Int(callID))

        // The daemon starts on it (SQLite finds the file sound) and says the call is damaged for
        // good, instead of "try again shortly".
        let daemon = try DaemonProcess().start(arguments: ["--database", path])
        let answer = try daemon.client().get("/v1/calls/\(callID)")
        #expect(answer.status == 503)
        let message = (answer.json?["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(message.contains("damaged") && !message.contains("shortly"), "\(answer.text)")
        #expect(try daemon.client().get("/v1/calls/\(callID == "1" ? "2" : "1")").status == 200)
    }

    @Test("db check names a call whose timestamp does not parse")
    func damagedTimestampNamedByCheck() throws {
        let source = try storedDatabase(calls: 2)
        try PythonSQLite.execute(source.databasePath, "UPDATE calls SET received_at = '20x6-13-45T99:00:00Z' WHERE id = 1")
        let check = try runCLI(["db", "check", "--database", source.databasePath])
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("call 1: received_at is not a timestamp"), "\(check.output)")
        #expect(!check.output.contains("call 2:"), "\(check.output)")
    }

    @Test("an existing empty file is refused (74) unless --initialize-database; a missing file is still created")
    func emptyFile() throws {
        let daemon = try DaemonProcess()
        #expect(FileManager.default.createFile(atPath: daemon.databasePath, contents: Data()))
        let refused = try daemon.launch()
        #expect(DaemonProcess.exitStatus(of: refused, within: 20) == 74, "\(daemon.stderr)")
        #expect(daemon.stderr.contains("empty"), "\(daemon.stderr)")
        #expect(daemon.stderr.contains("--initialize-database"), "\(daemon.stderr)")
        #expect(DaemonProcess.size(of: daemon.databasePath) == 0, "the file is left as it was")

        try daemon.start(arguments: ["--initialize-database"])
        let created = try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "fresh-1"))
        #expect(created.status == 201)
        #expect(created.json?["id"] as? Int == 1)
        #expect(daemon.stop() == 0)

        let missing = try DaemonProcess().start()
        #expect(try missing.client().post("/v1/calls", json: sampleRecord()).status == 201)
    }
}
