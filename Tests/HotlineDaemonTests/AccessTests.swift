import Foundation
import HotlineClient
import Testing

/// Roles against the real daemon: each role's user runs the real `hotline` CLI as another uid
/// (through `setpriv`), the daemon reads who it is from the socket, and the audit trail shows it.
///
/// The users have no entry in the user database, so their groups are their primary group, the one
/// the kernel reports; each role's group is a group every Debian system has. (Supplementary groups
/// from the group database are exercised by the booted-systemd deployment test, with real users.)
@Suite("Roles and the audit trail")
struct AccessTests {
    struct User {
        var uid: uid_t
        var gid: gid_t
    }

    static let socketGroup = "dialout"
    static let operatorUser = User(uid: 4201, gid: 50)       // staff
    static let supervisorUser = User(uid: 4202, gid: 29)     // audio
    static let statisticianUser = User(uid: 4203, gid: 44)   // video
    static let auditorUser = User(uid: 4204, gid: 100)       // users
    static let nobodyInParticular = User(uid: 4205, gid: 65534)

    static let roles = ["operator": "staff", "supervisor": "audio", "statistician": "video", "auditor": "users"]

    func writeConfiguration(_ roles: [String: String], to path: String) throws {
        let lines = roles.sorted { $0.key < $1.key }.map { "    \($0.key): [\($0.value)]" }.joined(separator: "\n")
        try "socket:\n  group: \(Self.socketGroup)\naccess:\n  roles:\n\(lines)\n".write(toFile: path, atomically: true, encoding: .utf8)
    }

    func startDaemon(roles: [String: String] = AccessTests.roles) throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("roles.yaml").path
        try writeConfiguration(roles, to: config)
        try daemon.start(arguments: ["--config", config])
        return daemon
    }

    /// Runs the CLI as `user`, with the socket's group as a supplementary group of the process (so the
    /// kernel lets it connect) that the daemon does not count: it is in no role and not the user's.
    func run(_ user: User, _ arguments: [String], _ daemon: DaemonProcess) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=\(user.uid)", "--regid=\(user.gid)", "--groups=\(Self.socketGroup)", DaemonProcess.cli]
            + arguments + ["--socket", daemon.socketPath]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    func json(_ text: String) -> Any? { try? JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test("an operator reads and works calls; a statistician, an auditor and a user in no role get 403 naming the permission")
    func rolesAgainstTheDaemon() throws {
        let daemon = try startDaemon()
        defer { daemon.stop() }
        // The daemon's own user (root here) is admin.
        let posted = try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "roles-1"))
        #expect(posted.status == 201)

        let read = try run(Self.operatorUser, ["show", "1", "--json"], daemon)
        #expect(read.status == 0, "\(read.error)")
        let record = json(read.output) as? [String: Any]
        #expect((record?["narrative"] as? String)?.contains("passport") == true)

        let listed = try run(Self.operatorUser, ["list", "--json"], daemon)
        #expect(listed.status == 0, "\(listed.error)")
        let summaries = json(listed.output) as? [[String: Any]] ?? []
        #expect(summaries.map { $0["id"] as? Int } == [1])
        #expect(summaries.allSatisfy { $0["narrative"] == nil && $0["contact"] == nil && $0["subject"] == nil && $0["operator"] == nil },
                "the listing holds no narrative, contact or place: \(listed.output)")
        #expect((summaries.first?["triage"] as? [String: Any])?["band"] != nil)
        #expect(try run(Self.operatorUser, ["take", "1", "--as", "op-1"], daemon).status == 0)
        #expect(try run(Self.operatorUser, ["queue"], daemon).status == 0)

        for (user, permission) in [(Self.statisticianUser, "read_calls"), (Self.auditorUser, "read_calls"), (Self.nobodyInParticular, "read_calls")] {
            let refused = try run(user, ["show", "1"], daemon)
            #expect(refused.status == 77, "uid \(user.uid): \(refused.output) \(refused.error)")
            #expect(refused.error.contains("403 forbidden") && refused.error.contains(permission), "\(refused.error)")
            #expect(!refused.output.contains("passport"))
        }
        #expect(try run(Self.statisticianUser, ["list"], daemon).status == 77)
        let figures = try run(Self.statisticianUser, ["figures", "--year", "2025"], daemon)
        #expect(figures.status == 0, "\(figures.error)")
        #expect((json(figures.output) as? [String: Any])?["schema_version"] as? Int == 2, "\(figures.output)")
        #expect(try run(Self.operatorUser, ["figures", "--year", "2025"], daemon).status == 77, "figures are the statistician's")
        #expect(try run(Self.operatorUser, ["audit", "list"], daemon).status == 77, "operators do not read the trail")
        #expect(try run(Self.nobodyInParticular, ["health"], daemon).status == 0, "anyone who can connect may ask for health")
    }

    @Test("a reload puts a new mapping of groups to roles in force")
    func reloadChangesRoles() throws {
        var roles = Self.roles
        roles["auditor"] = nil
        let daemon = try startDaemon(roles: roles)
        defer { daemon.stop() }
        #expect(try run(Self.auditorUser, ["audit", "verify"], daemon).status == 77, "group users has no role yet")
        try writeConfiguration(Self.roles, to: daemon.directory.appendingPathComponent("roles.yaml").path)
        kill(try #require(daemon.process?.processIdentifier), SIGHUP)
        let deadline = Date().addingTimeInterval(10)
        while !daemon.stderr.contains("configuration reloaded") && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let verified = try run(Self.auditorUser, ["audit", "verify"], daemon)
        #expect(verified.status == 0, "after the reload group users is the auditors': \(verified.output) \(verified.error)")
        #expect(verified.output.contains("intact"))
    }

    @Test("only a supervisor reopens a closed call; the refusal and the reopening are audited with the uid")
    func reopenIsASupervisorsAct() throws {
        let daemon = try startDaemon()
        defer { daemon.stop() }
        #expect(try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "reopen-1")).status == 201)
        #expect(try run(Self.operatorUser, ["close", "1", "--reason", "duplicate"], daemon).status == 0)
        let refused = try run(Self.operatorUser, ["reopen", "1"], daemon)
        #expect(refused.status == 77 && refused.error.contains("reopen_calls"), "\(refused.error)")
        let reopened = try run(Self.supervisorUser, ["reopen", "1"], daemon)
        #expect(reopened.status == 0, "\(reopened.error)")

        let trail = try run(Self.auditorUser, ["audit", "list", "--call", "1", "--json"], daemon)
        #expect(trail.status == 0, "\(trail.error)")
        let entries = json(trail.output) as? [[String: Any]] ?? []
        let refusals = entries.filter { $0["action"] as? String == "refused" }
        #expect(refusals.map { $0["uid"] as? Int } == [Int(Self.operatorUser.uid)])
        #expect(refusals.first?["outcome"] as? String == "reopen_calls")
        let changes = entries.filter { $0["action"] as? String == "change_call" }.map { $0["uid"] as? Int }
        #expect(changes == [Int(Self.operatorUser.uid), Int(Self.supervisorUser.uid)], "close by the operator, reopen by the supervisor")
        #expect(entries.allSatisfy { ($0["request_id"] as? String)?.isEmpty == false })
    }

    @Test("legal hold and erasure are a supervisor's acts: an operator gets 403, the supervisor's hold blocks the erasure, each act is audited")
    func holdAndEraseAreASupervisorsActs() throws {
        let daemon = try startDaemon()
        defer { daemon.stop() }
        #expect(try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "erase-1")).status == 201)
        let holdRefused = try run(Self.operatorUser, ["hold", "1", "--reason", "case ref 2026-17"], daemon)
        #expect(holdRefused.status == 77 && holdRefused.error.contains("hold_calls"), "\(holdRefused.error)")
        let eraseRefused = try run(Self.operatorUser, ["erase", "1", "--reason", "erasure_request"], daemon)
        #expect(eraseRefused.status == 77 && eraseRefused.error.contains("erase_calls"), "\(eraseRefused.error)")

        #expect(try run(Self.supervisorUser, ["hold", "1", "--reason", "case ref 2026-17"], daemon).status == 0)
        let held = try run(Self.supervisorUser, ["erase", "1", "--reason", "erasure_request"], daemon)
        #expect(held.status == 65 && held.error.contains("legal_hold"), "a held call is not erased: \(held.error)")
        #expect(try run(Self.supervisorUser, ["hold", "1", "--release"], daemon).status == 0)
        let erased = try run(Self.supervisorUser, ["erase", "1", "--reason", "erasure_request"], daemon)
        #expect(erased.status == 0, "\(erased.error)")

        let trail = try run(Self.auditorUser, ["audit", "list", "--call", "1", "--json"], daemon)
        let entries = (json(trail.output) as? [[String: Any]] ?? []).map {
            "\($0["action"] ?? "")/\($0["uid"] ?? "")/\($0["outcome"] ?? "")/\($0["detail"] ?? "-")"
        }
        let supervisor = Self.supervisorUser.uid, op = Self.operatorUser.uid
        #expect(entries == [
            "submit_call/0/done/-", "refused/\(op)/hold_calls/PUT /v1/calls/{id}/legal-hold", "refused/\(op)/erase_calls/POST /v1/calls/{id}/erasure",
            "hold_call/\(supervisor)/done/hold set", "hold_call/\(supervisor)/done/hold lifted", "erase_call/\(supervisor)/done/reason=erasure_request",
        ], "\(entries)")
        #expect(!trail.output.contains("case ref"), "the hold's reason is the record's, not the trail's")
    }

    @Test("an auditor sees who read which call, listing pages included, and the chain verifies; tampering with the file is caught")
    func auditorReadsTheTrail() throws {
        let daemon = try startDaemon()
        defer { daemon.stop() }
        for n in 1...3 { #expect(try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "audit-\(n)")).status == 201) }
        #expect(try run(Self.operatorUser, ["show", "2"], daemon).status == 0)
        #expect(try run(Self.operatorUser, ["list"], daemon).status == 0)
        #expect(try run(Self.statisticianUser, ["show", "2"], daemon).status == 77)

        // Entries reach the file within milliseconds of the answer.
        var entries: [[String: Any]] = []
        for _ in 0..<50 {
            let trail = try run(Self.auditorUser, ["audit", "list", "--call", "2", "--json"], daemon)
            entries = json(trail.output) as? [[String: Any]] ?? []
            if entries.count >= 4 { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let summary = entries.map { "\($0["action"] ?? "")/\($0["uid"] ?? "")" }
        #expect(summary == ["submit_call/0", "read_call/\(Self.operatorUser.uid)", "list_calls/\(Self.operatorUser.uid)", "refused/\(Self.statisticianUser.uid)"],
                "who touched call 2: \(summary)")
        #expect((entries[safe: 2]?["call_ids"] as? [Int]) == [3, 2, 1])
        #expect(entries.allSatisfy { ($0["hash"] as? String)?.count == 64 })

        let verified = try run(Self.auditorUser, ["audit", "verify"], daemon)
        #expect(verified.status == 0 && verified.output.contains("intact"), "\(verified.output) \(verified.error)")
        #expect(try run(Self.operatorUser, ["audit", "verify"], daemon).status == 77)

        // Stopped, the file is edited: the read of call 2 is made to look like a read of call 3.
        daemon.stop()
        try PythonSQLite.execute(daemon.databasePath, "UPDATE audit_trail SET call_id = 3 WHERE action = 'read_call'")
        let tampered = try runCLI(["audit", "verify", "--database", daemon.databasePath])
        #expect(tampered.status == 1, "\(tampered.output)")
        #expect(tampered.output.contains("TAMPERED") && tampered.output.contains("first bad entry 4"), "\(tampered.output)")
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
