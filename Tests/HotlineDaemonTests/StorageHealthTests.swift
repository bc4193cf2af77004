import Foundation
import HotlineClient
import Testing

/// Health tells whether records can be stored, and the daemon recovers by itself once the cause of a
/// storage fault is gone (issue 9, item 5): a database file that is not writable, and a full disk.
@Suite("Storage faults and health")
struct StorageHealthTests {
    /// The unprivileged user the daemon runs as where file permissions must bind it (root ignores them).
    static let nobody: uid_t = 65534

    private func health(_ daemon: DaemonProcess) throws -> HTTPAnswer {
        try UnixHTTPClient(socketPath: daemon.socketPath, timeoutSeconds: 10).get("/v1/health")
    }

    /// Health until `done` holds, for at most `seconds` (the store probes at most once a second).
    private func health(_ daemon: DaemonProcess, within seconds: TimeInterval, until done: (HTTPAnswer) -> Bool) throws -> HTTPAnswer {
        let deadline = Date().addingTimeInterval(seconds)
        var answer = try health(daemon)
        while !done(answer) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            answer = try health(daemon)
        }
        return answer
    }

    private func databaseError(_ answer: HTTPAnswer) -> [String: Any]? {
        answer.json?["database_error"] as? [String: Any]
    }

    @Test("a database file that is not writable: health 503 unavailable with SQLite's code; writes resume once it is writable, without a restart")
    func readOnlyFile() throws {
        let daemon = try DaemonProcess()
        // The test's client is root, not the daemon's user: the root group is given admin.
        let config = try daemon.accessConfiguration(["admin": ["root"]])
        try daemon.start(arguments: ["--config", config], user: Self.nobody)
        #expect(try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "ro-1")).status == 201)
        // A crash leaves the write-ahead log beside the file, then the file is found read-only
        // (restored from a backup with the wrong mode, say) when the daemon starts again.
        daemon.kill()
        #expect((DaemonProcess.size(of: daemon.databasePath + "-wal") ?? 0) > 0)
        #expect(chmod(daemon.databasePath, 0o444) == 0)
        try daemon.startAnswering(arguments: ["--config", config], user: Self.nobody)

        let degraded = try health(daemon)
        #expect(degraded.status == 503, "\(degraded.text)")
        #expect(degraded.json?["status"] as? String == "degraded")
        #expect(degraded.json?["database"] as? String == "unavailable")
        #expect(databaseError(degraded)?["kind"] as? String == "read_only", "\(degraded.text)")
        #expect(databaseError(degraded)?["sqlite_code"] as? Int == 8, "\(degraded.text)")
        let refused = try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "ro-2", narrative: "Narrtok-ro-2 about a farm."))
        #expect(refused.status == 503, "\(refused.text)")
        // Reads still work while writes do not.
        #expect(try daemon.client().get("/v1/calls/1").status == 200)

        // The permissions are fixed: no restart, the next health probes and recovers.
        #expect(chmod(daemon.databasePath, 0o644) == 0)
        let recovered = try health(daemon, within: 5) { $0.status == 200 }
        #expect(recovered.status == 200, "\(recovered.text)")
        #expect(recovered.json?["database"] as? String == "ok")
        #expect(recovered.json?["database_error"] == nil)
        let stored = try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "ro-2", narrative: "Narrtok-ro-2 about a farm."))
        #expect(stored.status == 201, "\(stored.text)")
        #expect(daemon.stop() == 0)

        let log = daemon.stderr
        #expect(log.contains("sqlite_code=8"), "the log names SQLite's code: \(log)")
        #expect(log.contains("database writes work again"), "\(log)")
        #expect(!log.contains("Narrtok"), "no record content in the log: \(log)")
        #expect(try PythonSQLite.rows(daemon.databasePath, "SELECT external_id FROM calls ORDER BY id") == [["ro-1"], ["ro-2"]])
    }

    @Test(
        "a full disk: health 503 unavailable while writes fail, 200 and writes again once space is freed",
        .enabled(if: SmallDisk.canMount, "mounting a small tmpfs needs root (CAP_SYS_ADMIN); this machine does not allow it"))
    func fullDisk() throws {
        let daemon = try DaemonProcess()
        let disk = try SmallDisk(at: daemon.directory.appendingPathComponent("disk"), megabytes: 8)
        defer { disk.unmount() }
        let databasePath = disk.path.appendingPathComponent("hotline.sqlite").path
        try daemon.start(arguments: ["--database", databasePath])
        for n in 0..<5 {
            #expect(try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "full-\(n)")).status == 201)
        }
        try disk.fill()
        let long = String(repeating: "The employer keeps the passports of all the workers at the farm. ", count: 800)
        var refused: HTTPAnswer?
        for n in 0..<5 where refused?.status != 503 {
            refused = try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "full-big-\(n)", narrative: long))
        }
        #expect(refused?.status == 503, "\(refused?.text ?? "")")
        let degraded = try health(daemon)
        #expect(degraded.status == 503, "\(degraded.text)")
        #expect(degraded.json?["database"] as? String == "unavailable")
        #expect(databaseError(degraded)?["kind"] as? String == "disk_full", "\(degraded.text)")
        #expect(databaseError(degraded)?["sqlite_code"] as? Int == 13, "\(degraded.text)")

        try disk.free()
        let recovered = try health(daemon, within: 5) { $0.status == 200 }
        #expect(recovered.status == 200, "\(recovered.text)")
        #expect(try daemon.client().post("/v1/calls", json: sampleRecord(externalID: "full-after", narrative: long)).status == 201)
        #expect(daemon.stop() == 0)
        #expect(daemon.stderr.contains("sqlite_code=13"), "\(daemon.stderr)")
    }
}

/// A small tmpfs of its own, to fill up without touching the machine's disks.
struct SmallDisk {
    let path: URL
    private var filler: URL { path.appendingPathComponent("filler") }

    /// Whether this process may mount one (root with CAP_SYS_ADMIN, as in CI here).
    static let canMount: Bool = {
        guard geteuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-mount-probe-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: probe) }
        guard (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)) != nil,
            run("/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", probe.path]) == 0
        else { return false }
        return run("/bin/umount", [probe.path]) == 0
    }()

    init(at path: URL, megabytes: Int) throws {
        self.path = path
        try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m,mode=0755", "tmpfs", path.path]) == 0 else {
            throw Failure("cannot mount a tmpfs on \(path.path)")
        }
    }

    /// Writes a file until the file system has no space left.
    func fill() throws {
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let descriptor = open(filler.path, O_WRONLY)
        guard descriptor >= 0 else { throw Failure("cannot open \(filler.path)") }
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0x5a, count: 4096)
        while chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    func free() throws {
        try FileManager.default.removeItem(at: filler)
    }

    func unmount() {
        _ = Self.run("/bin/umount", ["-l", path.path])
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
