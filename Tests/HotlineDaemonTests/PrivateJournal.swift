import Foundation

/// A command run against a private, real systemd-journald (`Tests/Support/with-private-journald.sh`,
/// needs root), with everything that journald stored read back through `journalctl -o json`.
struct PrivateJournal {
    var status: Int32
    var stdout: String
    var stderr: String
    /// `journalctl -o json` exactly as written: for checks that a string appears nowhere.
    var raw: String
    /// One dictionary per entry; fields journalctl prints as byte arrays are decoded as UTF-8.
    var entries: [[String: String]]

    /// The package root, derived from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Runs `executable arguments` under a private journald and waits for it (at most `timeout` seconds).
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> PrivateJournal {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hljr-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: packageRoot.appendingPathComponent("Tests/Support/with-private-journald.sh").path)
        process.arguments = [directory.appendingPathComponent("journal").path, executable] + arguments
        process.environment = ["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "SWIFT_BACKTRACE": "enable=no"]
        // Files rather than pipes: journald, started by the script, must not hold the test's pipe open.
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            guard Date() < deadline else {
                process.terminate()
                throw Failure("\(executable) under a private journald did not finish within \(Int(timeout)) s")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        let journalURL = directory.appendingPathComponent("journal/journal.json")
        guard let raw = try? String(contentsOf: journalURL, encoding: .utf8) else {
            throw Failure("the private journald run wrote no journal.json (status \(process.terminationStatus)): \(stderr)")
        }
        let entries = try raw.split(separator: "\n").map { line -> [String: String] in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw Failure("journalctl printed a line that is not a JSON object")
            }
            return object.compactMapValues(Self.string)
        }
        return PrivateJournal(
            status: process.terminationStatus, stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: stderr, raw: raw, entries: entries)
    }

    /// journalctl prints strings, byte arrays (non-UTF-8 or control characters) or arrays of either.
    private static func string(_ value: Any) -> String? {
        if let string = value as? String { return string }
        if let bytes = value as? [Int] { return String(decoding: bytes.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self) }
        if let values = value as? [Any] { return values.compactMap(string).joined(separator: "\u{1E}") }
        return nil
    }

    /// The entries with this `MESSAGE_ID`.
    func entries(messageID: String) -> [[String: String]] {
        entries.filter { $0["MESSAGE_ID"] == messageID }
    }
}
