import Foundation

/// Counts the `fsync`/`fdatasync` calls a command makes, with strace: with `synchronous = FULL`
/// every SQLite commit syncs, so this counts a process's transactions from outside it.
enum SyncCount {
    /// Runs `executable arguments` under `strace -f` and returns its exit status, standard output
    /// and the number of sync calls it and its threads made.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, syncs: Int) {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
            throw Failure("/usr/bin/strace is missing: scripts/install-deps.sh installs it")
        }
        let trace = FileManager.default.temporaryDirectory.appendingPathComponent("strace-\(UUID().uuidString.prefix(8)).log")
        defer { try? FileManager.default.removeItem(at: trace) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        process.arguments = ["-f", "-qq", "-e", "trace=fsync,fdatasync", "-o", trace.path, executable] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = ((try? String(contentsOf: trace, encoding: .utf8)) ?? "").split(separator: "\n")
        let syncs = lines.filter { $0.contains("fsync(") || $0.contains("fdatasync(") }.count
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), syncs)
    }
}
