import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Locations and process helpers shared by the HotlineSystemd tests.
enum TestSupport {
    /// The package root, derived from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The directory holding the built products (next to the running test bundle).
    static let productsDirectory: URL = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent()
    }()

    /// A built executable of this package, e.g. `hotline-systemd-probe`.
    static func product(_ name: String) throws -> String {
        let path = productsDirectory.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw TestFailure("\(name) not built at \(path); run `swift build` (swift test builds it too)")
        }
        return path
    }

    /// `Tests/Support/with-private-journald.sh`.
    static var privateJournalScript: String {
        packageRoot.appendingPathComponent("Tests/Support/with-private-journald.sh").path
    }

    /// A fresh, short temporary directory (AF_UNIX paths must stay under 108 bytes).
    static func temporaryDirectory() throws -> URL {
        var template = Array("/tmp/hlsd-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw TestFailure("mkdtemp failed") }
        return URL(fileURLWithPath: String(cString: made))
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` to completion (bounded by `timeout`), capturing stdout and stderr.
    ///
    /// Output goes to temporary files, not pipes: nothing blocks a thread of the (small) cooperative
    /// pool, and a child that leaves a grandchild behind cannot keep a pipe, and so the test, open.
    static func run(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String]? = nil,
        timeout: Duration = .seconds(60)
    ) async throws -> Result {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                kill(process.processIdentifier, SIGKILL)
                throw TestFailure("\(executable) \(arguments) timed out")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        )
    }

    /// A process environment with only the given variables plus PATH.
    static func cleanEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
        environment.merge(extra) { _, new in new }
        return environment
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Entries read back from `journalctl -o json`.
struct JournalDump {
    let entries: [[String: String]]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        entries = try text.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw TestFailure("not a JSON object: \(line.prefix(200))")
            }
            return object.compactMapValues(JournalDump.string)
        }
    }

    /// journalctl prints strings, byte arrays (non-UTF-8 or control characters) or arrays of either
    /// (repeated fields); repeated fields are joined with U+001E.
    private static func string(_ value: Any) -> String? {
        if let string = value as? String { return string }
        if let bytes = value as? [Int] { return String(decoding: bytes.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self) }
        if let values = value as? [Any] { return values.compactMap(string).joined(separator: "\u{1E}") }
        return nil
    }

    func entries(identifier: String) -> [[String: String]] {
        entries.filter { $0["SYSLOG_IDENTIFIER"] == identifier }
    }
}

/// A datagram socket standing in for systemd's `NOTIFY_SOCKET`.
final class NotifyListener {
    let path: String
    private let fd: CInt

    init(directory: URL) throws {
        path = directory.appendingPathComponent("notify.sock").path
        fd = socket(AF_UNIX, CInt(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket: \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw TestFailure("path too long") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw TestFailure("bind \(path): \(errno)") }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// The next queued datagram, or nil when none is waiting (never blocks).
    func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(fd, &buffer, buffer.count, CInt(MSG_DONTWAIT))
        guard count > 0 else { return nil }
        return String(decoding: buffer.prefix(count), as: UTF8.self)
    }

    /// Every datagram already queued.
    func drain() -> [String] {
        var messages: [String] = []
        while let message = receive() { messages.append(message) }
        return messages
    }

    /// Waits until a datagram containing `text` arrives (collecting all seen) or `timeout` passes;
    /// sleeps between polls instead of blocking a thread.
    func wait(for text: String, timeout: Duration, into seen: inout [String]) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let message = receive() {
                seen.append(message)
                if message.contains(text) { return true }
            } else {
                try? await Task.sleep(for: .milliseconds(10))
            }
        }
        return false
    }
}
