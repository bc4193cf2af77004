import Foundation
import HotlineSystemd
import Logging
import Testing

@Suite("stderr fallback and destination choice")
struct StderrFallbackTests {
    @Test("auto without JOURNAL_STREAM writes one plain line per entry to stderr")
    func plainLines() async throws {
        let probe = try TestSupport.product("hotline-systemd-probe")
        let result = try await TestSupport.run(probe, ["log", "auto", "M1"], environment: TestSupport.cleanEnvironment())
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        try #require(lines.count == 2, "\(result.stderr)")
        #expect(lines[0].hasSuffix(" warning hotline-probe: first M1\\nsecond line call_id=c-7 flags=a,b"))
        #expect(lines[1].hasSuffix(" info hotline-probe: plain M1 message_id=\(HotlineEvent.callAccepted.messageID)"))
        #expect(lines[0].range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ "#, options: .regularExpression) != nil)
    }

    @Test("explicit destinations are taken as given")
    func forcedStderr() async throws {
        let probe = try TestSupport.product("hotline-systemd-probe")
        let result = try await TestSupport.run(probe, ["resolve", "stderr"], environment: TestSupport.cleanEnvironment())
        #expect(result.stdout == "stderr\n")
        let journal = try await TestSupport.run(probe, ["resolve", "journal"], environment: TestSupport.cleanEnvironment())
        #expect(journal.stdout == "journal\n")
    }

    @Test("auto picks journald only when JOURNAL_STREAM names stderr's device and inode")
    func journalStreamDetection() async throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let probe = try TestSupport.product("hotline-systemd-probe")
        // stderr redirected to a file whose device:inode we know, as systemd does with the journal stream.
        let script = """
            exec 2>"$1/stderr"
            echo "match=$(JOURNAL_STREAM=$(stat -c '%d:%i' "$1/stderr") "$2" resolve auto)"
            echo "other=$(JOURNAL_STREAM=$(stat -c '%d:%i' "$1") "$2" resolve auto)"
            echo "garbage=$(JOURNAL_STREAM=nonsense "$2" resolve auto)"
            echo "unset=$("$2" resolve auto)"
            """
        let result = try await TestSupport.run(
            "/bin/bash", ["-c", script, "bash", directory.path, probe], environment: TestSupport.cleanEnvironment()
        )
        #expect(result.stdout == "match=journal\nother=stderr\ngarbage=stderr\nunset=stderr\n")
        #expect(JournalStream.isAttached(descriptor: 2, environmentValue: "0:0") == false)
    }

    @Test("priorities follow syslog levels")
    func priorities() {
        #expect(
            ([.critical, .error, .warning, .notice, .info, .debug, .trace] as [Logger.Level]).map(\.syslogPriority)
                == [2, 3, 4, 5, 6, 7, 7] as [Int]
        )
    }
}
