import Foundation
import Testing

@Suite("Triage in the CLI")
struct TriageCLITests {
    @Test("show marks the evidence in the narrative and prints the triage")
    func showMarksEvidence() throws {
        let daemon = try DaemonProcess().start()
        let record = #"""
            {"channel":"phone","caller_role":"self","language":"en",
             "narrative":"The owner took my passport when I arrived and I work 14 hours a day without pay."}
            """#
        #expect(try runCLI(["submit", "--socket", daemon.socketPath], input: record).status == 0)
        let shown = try runCLI(["show", "1", "--socket", daemon.socketPath])
        #expect(shown.status == 0)
        #expect(shown.output.contains("my passport]]") && shown.output.contains("[["), "\(shown.output)")
        #expect(shown.output.contains("Triage:"))
        #expect(shown.output.contains("band "))
    }

    @Test("catalog check accepts the shipped catalog and names the line of each error in a broken one")
    func catalogCheck() throws {
        let good = try runCLI(["catalog", "check", "Config/indicators.yaml"])
        #expect(good.status == 0, "\(good.error)")
        #expect(good.output.contains("valid; version"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let shipped = try String(contentsOfFile: "Config/indicators.yaml", encoding: .utf8)
        let broken = folder.appendingPathComponent("broken.yaml")
        let lines = shipped.components(separatedBy: "\n")
        let versionLine = try #require(lines.firstIndex { $0.hasPrefix("version:") })
        var edited = lines
        edited[versionLine] = "version: \"\""
        try edited.joined(separator: "\n").write(to: broken, atomically: true, encoding: .utf8)
        let bad = try runCLI(["catalog", "check", broken.path])
        #expect(bad.status == 1)
        #expect(bad.error.contains("\(broken.path):\(versionLine + 1):"), "\(bad.error)")
    }

    @Test("retriage scores stored calls again and keeps the earlier result as history")
    func retriage() throws {
        let daemon = try DaemonProcess().start()
        for n in 0..<3 {
            #expect(try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "rt-\(n)")).status == 201)
        }
        daemon.stop()
        let first = try runCLI(["retriage", "--database", daemon.databasePath])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.hasPrefix("retriaged 3 calls under catalog"))
        let since = try runCLI(["retriage", "--database", daemon.databasePath, "--since", "2999-01-01"])
        #expect(since.output.hasPrefix("retriaged 0 calls"))
        let history = try runSQLite(daemon.databasePath, "SELECT count(*) FROM triages")
        #expect(history == "6")
        #expect(try runCLI(["retriage", "--database", daemon.databasePath, "--since", "soon"]).status == 64)
    }
}

/// The first value a query returns, read with Python's sqlite3 module: independent of the code under test.
func runSQLite(_ path: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])", path, sql]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
