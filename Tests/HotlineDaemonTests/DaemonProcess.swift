import Foundation
import HotlineClient

/// A real `hotlined` process on a temporary socket and database, for end-to-end tests.
final class DaemonProcess {
    let directory: URL
    let socketPath: String
    let databasePath: String
    private(set) var process: Process?
    let stderrPath: String

    /// The folder holding the built executables (`.build/debug`), found from the test bundle.
    static var productsFolder: URL {
        if let override = ProcessInfo.processInfo.environment["HOTLINE_PRODUCTS"] {
            return URL(fileURLWithPath: override)
        }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("hotlined").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug")
    }

    static var executable: String { productsFolder.appendingPathComponent("hotlined").path }
    static var cli: String { productsFolder.appendingPathComponent("hotline").path }

    /// Makes a fresh folder; the daemon is not started yet.
    init(directory: URL? = nil) throws {
        let folder = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("hotline-test-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.directory = folder
        socketPath = folder.appendingPathComponent("hotline.sock").path
        databasePath = folder.appendingPathComponent("hotline.sqlite").path
        stderrPath = folder.appendingPathComponent("stderr.log").path
    }

    /// Starts the daemon and waits until it answers on its socket.
    @discardableResult
    func start(arguments extra: [String] = [], environment: [String: String] = [:], user: uid_t? = nil) throws -> Self {
        let process = try launch(arguments: extra, environment: environment, user: user)
        self.process = process
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let answer = try? UnixHTTPClient(socketPath: socketPath, timeoutSeconds: 2).get("/v1/health"), answer.status == 200 {
                return self
            }
            guard process.isRunning else { throw Failure("hotlined exited early: \(stderr)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure("hotlined did not answer within 20 s: \(stderr)")
    }

    /// Starts the daemon and waits until it answers its health on the socket, healthy (200) or
    /// degraded (503): for tests whose database cannot be written from the start.
    @discardableResult
    func startAnswering(arguments extra: [String] = [], user: uid_t? = nil) throws -> Self {
        let process = try launch(arguments: extra, user: user)
        self.process = process
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let answer = try? UnixHTTPClient(socketPath: socketPath, timeoutSeconds: 2).get("/v1/health"),
                answer.status == 200 || answer.status == 503
            {
                return self
            }
            guard process.isRunning else { throw Failure("hotlined exited early: \(stderr)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure("hotlined did not answer within 20 s: \(stderr)")
    }

    /// Launches `hotlined` without waiting; returns the process.
    ///
    /// - Parameter user: run it as this uid (and gid) through `setpriv`, with no supplementary groups:
    ///   file permissions bind an unprivileged user, not root. The folder is given to that user.
    func launch(arguments extra: [String] = [], environment: [String: String] = [:], user: uid_t? = nil) throws -> Process {
        let process = Process()
        let daemonArguments = ["--socket", socketPath, "--database", databasePath] + extra
        if let user {
            guard chown(directory.path, user, user) == 0 else { throw Failure("cannot give \(directory.path) to uid \(user)") }
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", Self.executable] + daemonArguments
        } else {
            process.executableURL = URL(fileURLWithPath: Self.executable)
            process.arguments = daemonArguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        FileManager.default.createFile(atPath: stderrPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        log.seekToEndOfFile()
        process.standardError = log
        process.standardOutput = log
        try process.run()
        return process
    }

    /// Writes a configuration file in the daemon's folder with this `access.roles` (role: group
    /// names) and returns its path, for `--config`.
    func accessConfiguration(_ roles: [String: [String]], daemonUserIsAdmin: Bool = true) throws -> String {
        let lines = roles.sorted { $0.key < $1.key }.map { "    \($0.key): [\($0.value.joined(separator: ", "))]" }
        let yaml = "access:\n  roles:\n" + lines.joined(separator: "\n") + "\n  daemon_user_is_admin: \(daemonUserIsAdmin)\n"
        let path = directory.appendingPathComponent("access.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    func client() -> UnixHTTPClient { UnixHTTPClient(socketPath: socketPath) }

    /// Sends SIGTERM and waits for the exit status.
    @discardableResult
    func stop() -> Int32 {
        guard let process, process.isRunning else { return process?.terminationStatus ?? 0 }
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Sends SIGTERM and waits for the exit, at most `limit` seconds; returns the status and how long it took.
    func stop(within limit: TimeInterval) -> (status: Int32?, seconds: TimeInterval) {
        let started = Date()
        guard let process, process.isRunning else { return (process?.terminationStatus, 0) }
        process.terminate()
        while process.isRunning && Date().timeIntervalSince(started) < limit { Thread.sleep(forTimeInterval: 0.05) }
        let took = Date().timeIntervalSince(started)
        if process.isRunning {
            kill()
            return (nil, took)
        }
        return (process.terminationStatus, took)
    }

    /// Waits for a launched daemon to exit by itself within `limit` seconds; `nil` (and killed) if it did not.
    static func exitStatus(of process: Process, within limit: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else {
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    /// The size of a file in bytes, `nil` when there is none.
    static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }

    /// Kills the daemon with SIGKILL, leaving its socket file behind as a crash would.
    func kill() {
        guard let process, process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A realistic call record body.
func sampleRecord(externalID: String? = nil, narrative: String = "Caller reports a worker at a farm near Odense whose passport was taken by the employer.") -> String {
    var record: [String: Any] = [
        "channel": "phone", "caller_role": "third_party", "language": "en", "narrative": narrative,
        "subject": ["age": 34, "gender": "male", "nationality": "RO", "location": ["municipality": "Odense", "region": "Syddanmark"]],
        "sector": "agriculture",
    ]
    if let externalID { record["external_id"] = externalID }
    let data = try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}
