import Foundation
import HotlineSystemd
import Testing

/// The journald handler against a real systemd-journald: `hotline-systemd-probe journal MARKER` runs
/// under `Tests/Support/with-private-journald.sh`, which starts Debian's /lib/systemd/systemd-journald in
/// a private mount namespace (needs root), then the entries are read back with `journalctl -o json`.
@Suite("JournaldLogHandler against a real systemd-journald")
struct JournaldLogHandlerTests {
    static func probeEntries() async throws -> (entries: [[String: String]], marker: String, fieldsLine: String) {
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let marker = "MARK\(UInt64.random(in: 1...UInt64.max))"
        let probe = try TestSupport.product("hotline-systemd-probe")
        let result = try await TestSupport.run(
            TestSupport.privateJournalScript, [directory.path, probe, "journal", marker],
            environment: TestSupport.cleanEnvironment()
        )
        guard result.status == 0 else {
            throw TestFailure("private journald run failed (\(result.status)): \(result.stderr)")
        }
        // The journald path must not fall back to stderr.
        #expect(result.stderr.isEmpty, "probe wrote to stderr: \(result.stderr)")
        let fieldsLine = result.stdout.split(separator: "\n").first { $0.hasPrefix("fields-line=") }
            .map { String($0.dropFirst("fields-line=".count)) } ?? "?"
        let dump = try JournalDump(contentsOf: directory.appendingPathComponent("journal.json"))
        return (dump.entries(identifier: "hotline-probe"), marker, fieldsLine)
    }

    @Test("every level arrives with its syslog priority, message and code location")
    func prioritiesAndCodeFields() async throws {
        let (entries, marker, _) = try await Self.probeEntries()
        let expected: [(String, String)] = [
            ("trace", "7"), ("debug", "7"), ("info", "6"), ("notice", "5"),
            ("warning", "4"), ("error", "3"), ("critical", "2"),
        ]
        for (level, priority) in expected {
            let entry = try #require(entries.first { $0["MESSAGE"] == "\(level) \(marker)" }, "no \(level) entry")
            #expect(entry["PRIORITY"] == priority, "\(level)")
            #expect(entry["LEVEL_NAME"] == level)
            #expect(entry["SYSLOG_IDENTIFIER"] == "hotline-probe")
            #expect(entry["LOGGER"] == "probe.journal")
            #expect(entry["CODE_FILE"] == "hotline_systemd_probe/main.swift")
            #expect(entry["CODE_FUNC"]?.isEmpty == false)
            #expect(Int(entry["CODE_LINE"] ?? "") ?? 0 > 0)
            #expect(entry["_TRANSPORT"] == "journal")
        }
        let error = try #require(entries.first { $0["MESSAGE"] == "error \(marker)" })
        #expect(error["ERROR_TYPE"]?.hasSuffix("ProbeError") == true)
    }

    @Test("metadata become journald fields under valid names, MESSAGE_ID included")
    func metadataFields() async throws {
        let (entries, marker, fieldsLine) = try await Self.probeEntries()
        let entry = try #require(entries.first { $0["MESSAGE"] == "fields \(marker)" })
        #expect(entry["CODE_LINE"] == fieldsLine)
        #expect(entry["MESSAGE_ID"] == HotlineEvent.highBandCall.messageID)
        #expect(entry["CALL_ID"] == "c-42")
        #expect(entry["BAND"] == "high")
        #expect(entry["SCORE"] == "17")
        #expect(entry["PRESUMED"] == "true")
        #expect(entry["FLAGS"] == "minor,debt")
        #expect(entry["INDICATORS"] == "IND-1,IND-2")
        #expect(entry["CATALOG_VERSION"] == "2026.11")
        #expect(entry["PEER_UID"] == "1001")
        #expect(entry["REQUEST_ID"] == "r-9")
        #expect(entry["HB_REQUEST_ID"] == "hb-1")
        #expect(entry["X"] == "underscore")
        #expect(entry["F_9LIVES"] == "digit")
        #expect(entry[String(repeating: "K", count: 64)] == "long")
        #expect(entry["META_MESSAGE"] == "reserved")
        #expect(entry["PEER"] == "gid=1003,uid=1002")
        #expect(entry["PRIORITY"] == "5")
    }

    @Test("multi-line messages stay intact; other control characters are escaped")
    func multiLine() async throws {
        let (entries, marker, _) = try await Self.probeEntries()
        let entry = try #require(entries.first { $0["MESSAGE"]?.hasPrefix("multi\nline \(marker)") == true })
        #expect(entry["MESSAGE"] == "multi\nline \(marker)\\u{1b}[31m")
    }
}
