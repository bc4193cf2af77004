import Foundation
import HotlineCore
import Testing

@Suite("Configuration")
struct ConfigurationParserTests {
    @Test("the embedded default is the text of Config/hotline.yaml")
    func embeddedMatchesFile() throws {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Config/hotline.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == DefaultConfiguration.yaml + "\n" || text == DefaultConfiguration.yaml)
        #expect(try ConfigurationParser.parse(yaml: text, file: file.path) == DefaultConfiguration.load())
    }

    @Test("defaults: socket and database under ./var, 256 KiB bodies, 0660 socket")
    func defaults() {
        let config = DefaultConfiguration.load()
        #expect(config.socket.path == "./var/hotline.sock")
        #expect(config.database.path == "./var/hotline.sqlite")
        #expect(config.socket.mode == 0o660)
        #expect(config.limits.maxBodyBytes == 256 * 1024)
        #expect(config.export.timeZone == "Europe/Copenhagen")
    }

    @Test("a partial file overrides only what it names")
    func partial() throws {
        let config = try ConfigurationParser.parse(yaml: "database:\n  path: /var/lib/hotline/h.sqlite\n", file: "t.yaml")
        #expect(config.database.path == "/var/lib/hotline/h.sqlite")
        #expect(config.socket == DefaultConfiguration.load().socket)
    }

    @Test("errors name the file, the line, the key and the problem", arguments: [
        ("limits:\n  max_connections: 0\n", "t.yaml:2: limits.max_connections: 0 is out of range"),
        ("socket:\n  mode: \"0666\"\n", "t.yaml:2: socket.mode: expected an octal mode"),
        ("logging:\n  destination: syslog\n", "t.yaml:2: logging.destination: expected one of auto, journal, stderr"),
        ("export:\n  time_zone: Mars/Olympus\n", "t.yaml:2: export.time_zone: 'Mars/Olympus' is not a known time zone"),
        ("\ndatabse:\n  path: x\n", "t.yaml:2: databse: unknown key"),
        ("socket: /tmp/x\n", "t.yaml:1: socket: expected a mapping"),
        ("socket:\n  path: [1, 2]\n", "t.yaml:2: socket.path: expected a text value"),
    ])
    func errors(yaml: String, expected: String) {
        #expect(performing: { try ConfigurationParser.parse(yaml: yaml, file: "t.yaml") }, throws: { error in
            "\(error)".hasPrefix(expected)
        })
    }

    @Test("deadlines: the defaults of the policy, overridden per key, bounded")
    func deadlines() throws {
        #expect(DefaultConfiguration.load().deadlines == .standard)
        let config = try ConfigurationParser.parse(yaml: "deadlines:\n  high_minutes: 600\n", file: "t.yaml")
        #expect(config.deadlines.highMinutes == 600)
        #expect(config.deadlines.immediateDangerMinutes == 15)
        #expect(throws: ConfigurationError.self) { try ConfigurationParser.parse(yaml: "deadlines:\n  high_minutes: 0\n", file: "t.yaml") }
        #expect(throws: ConfigurationError.self) { try ConfigurationParser.parse(yaml: "deadlines:\n  soon: 5\n", file: "t.yaml") }
        let policy = DeadlinePolicy.standard
        #expect(policy.minutes(flags: ["immediate_danger", "in_custody"], band: "high") == 15)
        #expect(policy.minutes(flags: ["in_custody"], band: "low") == 120)
        #expect(policy.minutes(flags: [], band: "medium") == 3 * 24 * 60)
        #expect(DeadlinePolicy.urgency(flags: ["immediate_danger"], band: "low") < DeadlinePolicy.urgency(flags: [], band: "high"))
    }

    @Test("retention: 730, 180 and 1095 days by default; ~ never shreds an open call; unknown keys and a contact kept longer than the free text refused")
    func retention() throws {
        #expect(DefaultConfiguration.load().retention == .standard)
        #expect(RetentionPolicy.standard == RetentionPolicy(freeTextDaysAfterClose: 730, contactDaysAfterClose: 180, unclosedDaysAfterReceived: 1095))
        let config = try ConfigurationParser.parse(yaml: "retention:\n  contact_days_after_close: 30\n  unclosed_days_after_received: ~\n", file: "t.yaml")
        #expect(config.retention == RetentionPolicy(freeTextDaysAfterClose: 730, contactDaysAfterClose: 30, unclosedDaysAfterReceived: nil))
        for yaml in [
            "retention:\n  keep_forever: true\n", "retention:\n  free_text_days_after_close: 0\n",
            "retention:\n  free_text_days_after_close: 90\n", "retention:\n  unclosed_days_after_received: soon\n",
        ] {
            #expect(throws: ConfigurationError.self, "\(yaml)") { try ConfigurationParser.parse(yaml: yaml, file: "t.yaml") }
        }
        do {
            _ = try ConfigurationParser.parse(yaml: "retention:\n  free_text_days_after_close: 90\n", file: "t.yaml")
        } catch {
            #expect("\(error)".contains("retention.contact_days_after_close"), "\(error)")
        }
        let cutoffs = RetentionPolicy.standard.cutoffs(at: Date(timeIntervalSince1970: 1000 * 86_400))
        #expect(cutoffs.freeTextClosedBefore == Date(timeIntervalSince1970: 270 * 86_400))
        #expect(cutoffs.contactClosedBefore == Date(timeIntervalSince1970: 820 * 86_400))
    }

    @Test("text that is not YAML is refused with the file name")
    func notYAML() {
        #expect(performing: { try ConfigurationParser.parse(yaml: "socket: [unclosed\n", file: "t.yaml") }, throws: { error in
            "\(error)".hasPrefix("t.yaml: not valid YAML")
        })
    }

    @Test("the received_at window: 2000-01-01 and 5 minutes by default, both configurable")
    func intakeWindow() throws {
        #expect(DefaultConfiguration.load().intake.receivedAtWindow == .standard)
        #expect(ReceivedAtWindow.standard.serviceEpoch == RFC3339.parse("2000-01-01T00:00:00Z"))
        #expect(ReceivedAtWindow.standard.maximumLeadSeconds == 300)
        let config = try ConfigurationParser.parse(
            yaml: "intake:\n  service_epoch: \"2024-03-01T00:00:00+01:00\"\n  max_future_seconds: 30\n", file: "t.yaml")
        #expect(config.intake.receivedAtWindow == ReceivedAtWindow(serviceEpoch: RFC3339.parse("2024-02-29T23:00:00Z")!, maximumLeadSeconds: 30))
    }

    @Test("an unusable window is refused, naming the key", arguments: [
        ("intake:\n  service_epoch: yesterday\n", "t.yaml:2: intake.service_epoch: expected an RFC 3339 time"),
        ("intake:\n  service_epoch: \"1969-12-31T23:59:59Z\"\n", "t.yaml:2: intake.service_epoch: must lie between 1970"),
        ("intake:\n  service_epoch: \"2999-01-01T00:00:00Z\"\n", "t.yaml:2: intake.service_epoch: must lie between 1970"),
        ("intake:\n  max_future_seconds: 3601\n", "t.yaml:2: intake.max_future_seconds: 3601 is out of range"),
        ("intake:\n  max_future_minutes: 5\n", "t.yaml:2: intake.max_future_minutes: unknown key"),
    ])
    func intakeErrors(yaml: String, expected: String) {
        #expect(performing: { try ConfigurationParser.parse(yaml: yaml, file: "t.yaml") }, throws: { error in
            "\(error)".hasPrefix(expected)
        })
    }
}
