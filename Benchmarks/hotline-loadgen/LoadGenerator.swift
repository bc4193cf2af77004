import Foundation
import GRDB
import BenchmarkCorpus
import HotlineClient

/// `hotline-loadgen`: drives N concurrent clients posting realistic call records to a real daemon
/// over its Unix socket, and prints throughput, latency and the daemon's peak memory, beside
/// SQLite's own rate of durable single-row commits on the same disk.
///
///     hotline-loadgen --daemon .build/release/hotlined --clients 32 --records 20000
///     hotline-loadgen --socket /run/hotline/hotline.sock --clients 4 --records 1000   (a running daemon)
@main
struct LoadGenerator {
    static func main() throws {
        let options = try Options(CommandLine.arguments.dropFirst())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotline-loadgen-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var daemon: Process?
        let socketPath: String
        if let socket = options.socket {
            socketPath = socket
        } else {
            socketPath = folder.appendingPathComponent("hotline.sock").path
            daemon = try startDaemon(options.daemon, socket: socketPath, database: folder.appendingPathComponent("hotline.sqlite").path)
        }
        defer {
            if let daemon, daemon.isRunning {
                daemon.terminate()
                daemon.waitUntilExit()
            }
        }

        let bodies = (0..<options.records).map { RecordCorpus.record(number: $0, run: folder.lastPathComponent) }
        let latencies = Collected<Double>()
        let perClient = (options.records + options.clients - 1) / options.clients
        let failures = Collected<Int>()
        let start = DispatchTime.now()
        runOnThreads(options.clients) { client in
            let http = UnixHTTPClient(socketPath: socketPath)
            let first = client * perClient
            for index in first..<min(first + perClient, bodies.count) {
                let sent = DispatchTime.now()
                let status = (try? http.post("/v1/calls", json: bodies[index]).status) ?? -1
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - sent.uptimeNanoseconds) / 1e6
                latencies.append(elapsed)
                if status != 201 { failures.append(status) }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let peakRSS = daemon.flatMap { peakResidentKiB(pid: $0.processIdentifier) }
        let sorted = latencies.all.sorted()

        let baseline = try sqliteDurableCommitRate(path: folder.appendingPathComponent("baseline.sqlite").path, seconds: 3)

        print("hotline-loadgen: \(options.clients) client(s), \(options.records) records, \(socketPath)")
        print(String(format: "  throughput        %10.0f records/s (%d records in %.2f s, %d not 201)",
                     Double(sorted.count) / seconds, sorted.count, seconds, failures.all.count))
        print(String(format: "  latency p50       %10.2f ms", percentile(sorted, 0.50)))
        print(String(format: "  latency p99       %10.2f ms", percentile(sorted, 0.99)))
        print(String(format: "  latency max       %10.2f ms", sorted.last ?? 0))
        if let peakRSS {
            print(String(format: "  daemon peak RSS   %10.1f MiB", Double(peakRSS) / 1024))
        } else {
            print("  daemon peak RSS          n/a (daemon not started by this run)")
        }
        print(String(format: "  SQLite baseline   %10.0f durable single-row commits/s (WAL, synchronous=FULL, same disk)", baseline))
        print(String(format: "  ratio             %10.2f records/s per baseline commit/s", Double(sorted.count) / seconds / baseline))
        if failures.all.count > 0 { exit(1) }
    }

    static func startDaemon(_ executable: String, socket: String, database: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--socket", socket, "--database", database]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if (try? UnixHTTPClient(socketPath: socket, timeoutSeconds: 2).get("/v1/health").status) == 200 { return process }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw LoadGeneratorError("the daemon did not answer on \(socket)")
    }

    /// VmHWM of a process, in KiB.
    static func peakResidentKiB(pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    /// How many single-row transactions per second SQLite commits durably on this disk.
    static func sqliteDurableCommitRate(path: String, seconds: Double) throws -> Double {
        var configuration = Configuration()
        configuration.journalMode = .wal
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        }
        let body = String(repeating: "x", count: 600)
        let start = Date()
        var commits = 0
        while Date().timeIntervalSince(start) < seconds {
            try queue.write { db in try db.execute(sql: "INSERT INTO t (body) VALUES (?)", arguments: [body]) }
            commits += 1
        }
        return Double(commits) / Date().timeIntervalSince(start)
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }
}

struct LoadGeneratorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
