import Foundation
import HotlineSystemd
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `hotlined` process with the systemd side of its contract: socket activation through
/// `systemd-socket-activate`, sd_notify to a test-owned NOTIFY_SOCKET, and journald entries read back
/// from a private systemd-journald (Tests/Support/with-private-journald.sh).
@Suite("hotlined under systemd's protocols", .serialized)
struct DaemonUnderSystemdTests {
    /// Writes hotline.yaml for a daemon living in `directory`, with a copy of the repository's
    /// indicator catalog there (so a test may break it).
    static func writeConfiguration(_ directory: URL, extra: String = "") throws -> String {
        try FileManager.default.copyItem(
            at: TestSupport.packageRoot.appendingPathComponent("Config/indicators.yaml"),
            to: directory.appendingPathComponent("indicators.yaml"))
        let path = directory.appendingPathComponent("hotline.yaml").path
        let yaml = """
            socket:
              path: \(directory.appendingPathComponent("hotline.sock").path)
            database:
              path: \(directory.appendingPathComponent("hotline.sqlite").path)
            catalog:
              path: \(directory.appendingPathComponent("indicators.yaml").path)
            \(extra)
            """
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func launch(_ executable: String, _ arguments: [String], output: URL) throws -> Process {
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let log = try FileHandle(forWritingTo: output)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = TestSupport.cleanEnvironment(["SWIFT_BACKTRACE": "enable=no"])
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = log
        process.standardError = log
        try process.run()
        return process
    }

    static func waitForExit(_ process: Process, timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                throw TestFailure("process \(process.processIdentifier) did not exit")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    @Test("socket activation and sd_notify: READY, STATUS, WATCHDOG, RELOADING then READY, STOPPING")
    func notifyOrderUnderSocketActivation() async throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let listener = try NotifyListener(directory: directory)
        let configuration = try Self.writeConfiguration(directory, extra: "logging:\n  destination: stderr\n")
        let activatedPath = directory.appendingPathComponent("activated.sock").path
        let output = directory.appendingPathComponent("output.log")
        let daemon = try TestSupport.product("hotlined")
        let process = try ShieldedProcess(
            "/usr/bin/systemd-socket-activate",
            [
                "-l", activatedPath, "-E", "NOTIFY_SOCKET=\(listener.path)", "-E", "WATCHDOG_USEC=1000000",
                "-E", "SWIFT_BACKTRACE=enable=no", daemon, "--config", configuration,
            ],
            output: output, environment: TestSupport.cleanEnvironment())
        defer { if process.isRunning { process.forceStop() } }
        var seen: [String] = []

        // Nothing runs until the first connection; that request is answered on the inherited socket.
        let deadline = ContinuousClock.now + .seconds(10)
        while !FileManager.default.fileExists(atPath: activatedPath) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(listener.drain().isEmpty, "nothing may be notified before the first connection")
        let health = try UnixHTTP.send(activatedPath, "GET", "/v1/health")
        #expect(health.status == 200)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("hotline.sock").path),
                "an activated daemon must not bind the configured path")
        #expect(await listener.wait(for: "WATCHDOG=1", timeout: .seconds(20), into: &seen), "\(seen)")
        let posted = try UnixHTTP.send(
            activatedPath, "POST", "/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"Notify test.","external_id":"n-1"}"#)
        #expect(posted.status == 201)
        #expect(await listener.wait(for: "calls today: 1", timeout: .seconds(20), into: &seen), "\(seen)")

        try await process.signal(SIGHUP)
        #expect(await listener.wait(for: "RELOADING=1", timeout: .seconds(20), into: &seen), "\(seen)")
        #expect(await listener.wait(for: "READY=1", timeout: .seconds(20), into: &seen), "\(seen)")
        #expect(await listener.wait(for: "WATCHDOG=1", timeout: .seconds(20), into: &seen), "still pinging after reload: \(seen)")
        try await process.signal(SIGTERM)
        #expect(await listener.wait(for: "STOPPING=1", timeout: .seconds(10), into: &seen), "\(seen)")
        try await process.waitForExit()
        try await Task.sleep(for: .milliseconds(100))
        seen += listener.drain()
        let log = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "\(log)")

        // The order: READY first, then STATUS and WATCHDOG; RELOADING (with MONOTONIC_USEC) then READY; STOPPING last.
        let kinds = seen.map { message -> String in
            let first = message.split(separator: "\n").first.map(String.init) ?? ""
            return String(first.split(separator: "=").first ?? "")
        }
        #expect(kinds.first == "READY", "\(seen)")
        #expect(kinds.last == "STOPPING", "\(seen)")
        let reloading = try #require(kinds.firstIndex(of: "RELOADING"), "\(seen)")
        #expect(kinds[(reloading + 1)...].contains("READY"), "\(seen)")
        #expect(kinds[..<reloading].contains("WATCHDOG") && kinds[..<reloading].contains("STATUS"), "\(seen)")
        #expect(seen[reloading].contains("\nMONOTONIC_USEC="), "\(seen[reloading])")
        #expect(seen.first?.contains("STATUS=") == true)
        #expect(kinds.filter { $0 == "STOPPING" }.count == 1)
        #expect(log.contains("socket_activated=true"), "\(log)")
        #expect(FileManager.default.fileExists(atPath: activatedPath), "the activated socket's path belongs to systemd")
    }

    @Test("journald: structured entries with MESSAGE_IDs and priorities, and no personal data in any entry")
    func journalEntriesWithoutPersonalData() async throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let configuration = try Self.writeConfiguration(directory, extra: "logging:\n  destination: journal\n")
        let socketPath = directory.appendingPathComponent("hotline.sock").path
        let journalDirectory = directory.appendingPathComponent("journal")
        let output = directory.appendingPathComponent("output.log")
        let daemon = try TestSupport.product("hotlined")
        let wrapper = try Self.launch(
            TestSupport.privateJournalScript, [journalDirectory.path, daemon, "--config", configuration], output: output)
        defer { if wrapper.isRunning { kill(wrapper.processIdentifier, SIGKILL) } }
        try await UnixHTTP.waitForHealth(socketPath)

        let token = String(UInt64.random(in: 1_000_000_000...9_999_999_999))
        let markers = [
            "narrative": "Narrtok\(token)", "name": "Nametok\(token)", "phone": "+45\(token)",
            "email": "mailtok\(token)@example.org", "municipality": "Munitok\(token)",
        ]
        let call = """
            {"channel":"phone","caller_role":"self","external_id":"pd-\(token)",
             "narrative":"\(markers["narrative"]!) says the employer keeps her passport and she owes a debt.",
             "contact":{"name":"\(markers["name"]!)","phone":"\(markers["phone"]!)","email":"\(markers["email"]!)"},
             "subject":{"location":{"municipality":"\(markers["municipality"]!)","region":"Hovedstaden"}}}
            """
        let accepted = try UnixHTTP.send(socketPath, "POST", "/v1/calls", json: call)
        #expect(accepted.status == 201, "\(accepted.body)")
        // Refused requests carrying personal data (unknown field; field too long) must not leak it either.
        let unknownField = try UnixHTTP.send(
            socketPath, "POST", "/v1/calls",
            json: #"{"channel":"phone","caller_role":"self","narrative":"\#(markers["narrative"]!)","Nametok\#(token)":"\#(markers["phone"]!)"}"#)
        #expect(unknownField.status == 400 || unknownField.status == 422, "\(unknownField.body)")
        let tooLong = try UnixHTTP.send(
            socketPath, "POST", "/v1/calls",
            json: #"{"channel":"phone","caller_role":"self","narrative":"x","contact":{"name":"\#(markers["name"]!)\#(String(repeating: "y", count: 300))"}}"#)
        #expect(tooLong.status >= 400 && tooLong.status < 500, "\(tooLong.body)")

        let pidText = try String(contentsOf: journalDirectory.appendingPathComponent("command.pid"), encoding: .utf8)
        let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        let catalogVersion = try #require(
            try UnixHTTP.send(socketPath, "GET", "/v1/health").body.firstMatch(of: /"catalog_version":"([^"]+)"/)?.1)
        kill(pid, SIGHUP)
        try await Task.sleep(for: .seconds(2))
        // A broken catalog: the reload is refused, the old catalog stays in force and the daemon serves on.
        try "indicators: [".write(to: directory.appendingPathComponent("indicators.yaml"), atomically: true, encoding: .utf8)
        kill(pid, SIGHUP)
        try await Task.sleep(for: .seconds(2))
        let after = try UnixHTTP.send(socketPath, "GET", "/v1/health")
        #expect(after.status == 200 && after.body.contains(#""catalog_version":"\#(catalogVersion)""#), "\(after.body)")
        let stillTriaged = try UnixHTTP.send(
            socketPath, "POST", "/v1/calls",
            json: #"{"channel":"phone","caller_role":"self","narrative":"After the failed reload.","external_id":"pd-\#(token)-2"}"#)
        #expect(stillTriaged.status == 201)
        kill(pid, SIGTERM)
        try await Self.waitForExit(wrapper)
        let log = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        #expect(wrapper.terminationStatus == 0, "daemon exit: \(log)")
        #expect(log.isEmpty, "with destination journal nothing goes to stderr: \(log)")

        let dump = try JournalDump(contentsOf: journalDirectory.appendingPathComponent("journal.json"))
        let entries = dump.entries(identifier: "hotlined")
        func entry(_ event: HotlineEvent) -> [String: String]? { entries.first { $0["MESSAGE_ID"] == event.messageID } }

        let ready = try #require(entry(.daemonReady), "\(entries.map { $0["MESSAGE"] ?? "" })")
        #expect(ready["PRIORITY"] == "5")
        #expect(ready["SOCKET"] == socketPath)
        #expect(ready["CODE_FILE"]?.hasPrefix("HotlineServer/") == true)
        #expect(ready["_TRANSPORT"] == "journal")

        let callEvents: Set<String> = [
            HotlineEvent.callAccepted.messageID, HotlineEvent.highBandCall.messageID, HotlineEvent.immediateDangerCall.messageID,
        ]
        let acceptedEntry = try #require(entries.first { $0["CALL_ID"] == "1" && callEvents.contains($0["MESSAGE_ID"] ?? "") })
        #expect(acceptedEntry["BAND"]?.isEmpty == false)
        // The screening findings travel with the entry: the passport and the debt are means, and
        // nothing says how she came or what she is made to do.
        #expect(acceptedEntry["ELEMENTS"] == "means", "\(acceptedEntry)")
        #expect(acceptedEntry["FORCED_LABOUR"] == "false")
        #expect(acceptedEntry["PRESUMED"] == "false")
        #expect(acceptedEntry["CATALOG_VERSION"] == String(catalogVersion))
        #expect(["2", "4", "5"].contains(acceptedEntry["PRIORITY"] ?? ""), "\(acceptedEntry)")
        #expect(acceptedEntry["PEER_UID"] == "\(getuid())")
        #expect(acceptedEntry["REQUEST_ID"]?.isEmpty == false)

        let rejected = entries.filter { $0["MESSAGE_ID"] == HotlineEvent.requestRejected.messageID }
        #expect(rejected.count == 2, "\(rejected)")
        #expect(rejected.allSatisfy { $0["PRIORITY"] == "5" && $0["STATUS"] != nil && $0["ERROR_CODE"] != nil })

        #expect(entry(.configReloaded)?["PRIORITY"] == "5")
        #expect(entry(.catalogReloaded)?["CATALOG_VERSION"] == String(catalogVersion))
        let failed = try #require(entry(.catalogReloadFailed))
        #expect(failed["PRIORITY"] == "3")
        #expect(failed["CATALOG_VERSION"] == String(catalogVersion))
        #expect(entry(.daemonStopping)?["PRIORITY"] == "5")
        #expect(entries.allSatisfy { $0["SYSLOG_IDENTIFIER"] == "hotlined" && $0["CODE_LINE"] != nil })

        // Every field of every entry the private journal holds, not only the daemon's.
        var hits: [String] = []
        for entry in dump.entries {
            for (field, value) in entry {
                for (kind, marker) in markers where value.localizedCaseInsensitiveContains(marker) || field.contains(marker.uppercased()) {
                    hits.append("\(kind) in \(field): \(value.prefix(120))")
                }
                if value.contains(token) { hits.append("token in \(field): \(value.prefix(120))") }
            }
        }
        #expect(dump.entries.count >= entries.count && entries.count >= 8)
        #expect(hits.isEmpty, "personal data reached the journal: \(hits)")
    }
}
