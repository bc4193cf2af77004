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
///
/// `--socket` drives any server already listening there (the benchmark peer in `Benchmarks/peer`
/// too) with the same records; `--pid` names its process for the peak RSS. `--reads N` then
/// times N `GET /v1/calls/{id}` of posted records and N `GET /v1/calls?limit=50` on one
/// keep-alive client; `--case-work N` times N `PATCH` beside N `POST` and N `GET /v1/queue` over
/// every open call. `--baseline-seconds 0` skips the SQLite baseline, `--json yes` adds the
/// figures as one JSON line for scripts (`scripts/bench-peer.sh`).
@main
struct LoadGenerator {
    static func main() throws {
        let options: Options
        do {
            options = try Options(CommandLine.arguments.dropFirst())
        } catch is Options.Help {
            print(Options.help)
            return
        } catch {
            FileHandle.standardError.write(Data("hotline-loadgen: \(error)\n".utf8))
            exit(64)
        }
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
        let locations = Collected<String>()
        let keepLocations = options.reads > 0 || options.caseWork > 0
        let start = DispatchTime.now()
        runOnThreads(options.clients) { client in
            let http = UnixHTTPClient(socketPath: socketPath)
            let first = client * perClient
            for index in first..<min(first + perClient, bodies.count) {
                let sent = DispatchTime.now()
                let answer = try? http.post("/v1/calls", json: bodies[index])
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - sent.uptimeNanoseconds) / 1e6
                latencies.append(elapsed)
                let status = answer?.status ?? -1
                if status != 201 { failures.append(status) }
                if keepLocations, let location = answer?.headers["location"] { locations.append(location) }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let sorted = latencies.all.sorted()

        let reads = options.reads > 0 ? timeReads(socketPath: socketPath, locations: locations.all, count: options.reads) : nil
        let caseWork = options.caseWork > 0
            ? CaseWorkTimes.measure(socketPath: socketPath, locations: locations.all, count: options.caseWork, run: folder.lastPathComponent)
            : nil
        let serverPID = daemon?.processIdentifier ?? options.pid
        let peakRSS = serverPID.flatMap { peakResidentKiB(pid: $0) }

        let baseline = options.baselineSeconds > 0
            ? try sqliteDurableCommitRate(path: folder.appendingPathComponent("baseline.sqlite").path, seconds: options.baselineSeconds)
            : nil

        let rate = Double(sorted.count) / seconds
        print("hotline-loadgen: \(options.clients) client(s), \(options.records) records, \(socketPath)")
        print(String(format: "  throughput        %10.0f records/s (%d records in %.2f s, %d not 201)",
                     rate, sorted.count, seconds, failures.all.count))
        print(String(format: "  latency p50       %10.2f ms", percentile(sorted, 0.50)))
        print(String(format: "  latency p99       %10.2f ms", percentile(sorted, 0.99)))
        print(String(format: "  latency max       %10.2f ms", sorted.last ?? 0))
        if let peakRSS {
            print(String(format: "  daemon peak RSS   %10.1f MiB", Double(peakRSS) / 1024))
        } else {
            print("  daemon peak RSS          n/a (daemon not started by this run; --pid names a running one)")
        }
        if let reads {
            print(String(format: "  GET /v1/calls/{id}      p50 %8.2f ms, p99 %8.2f ms (%d on one keep-alive client, %d not 200)",
                         percentile(reads.record, 0.50), percentile(reads.record, 0.99), reads.record.count, reads.recordFailures))
            print(String(format: "  GET /v1/calls?limit=50  p50 %8.2f ms, p99 %8.2f ms (%d on one keep-alive client, %d not 200)",
                         percentile(reads.page, 0.50), percentile(reads.page, 0.99), reads.page.count, reads.pageFailures))
        }
        if let caseWork {
            print(String(format: "  POST /v1/calls          p50 %8.2f ms, p99 %8.2f ms (%d on one keep-alive client, interleaved with the PATCHes)",
                         percentile(caseWork.post, 0.50), percentile(caseWork.post, 0.99), caseWork.post.count))
            print(String(format: "  PATCH /v1/calls/{id}    p50 %8.2f ms, p99 %8.2f ms (%d, take and release in turn, If-Match *)",
                         percentile(caseWork.patch, 0.50), percentile(caseWork.patch, 0.99), caseWork.patch.count))
            print(String(format: "  GET /v1/queue           p50 %8.2f ms, p99 %8.2f ms (%d, over %d open calls; %d answers not as expected)",
                         percentile(caseWork.queue, 0.50), percentile(caseWork.queue, 0.99), caseWork.queue.count, caseWork.openCalls,
                         caseWork.failures))
        }
        if let baseline {
            print(String(format: "  SQLite baseline   %10.0f durable single-row commits/s (WAL, synchronous=FULL, same disk)", baseline))
            print(String(format: "  ratio             %10.2f records/s per baseline commit/s", rate / baseline))
        }
        if options.json {
            var figures: [String: Any] = [
                "clients": options.clients, "records": sorted.count, "seconds": seconds, "records_per_second": rate,
                "p50_ms": percentile(sorted, 0.50), "p99_ms": percentile(sorted, 0.99), "max_ms": sorted.last ?? 0,
                "not_201": failures.all.count,
            ]
            figures["peak_rss_kib"] = peakRSS
            figures["baseline_commits_per_second"] = baseline
            if let reads {
                figures["get_p50_ms"] = percentile(reads.record, 0.50)
                figures["get_p99_ms"] = percentile(reads.record, 0.99)
                figures["list_p50_ms"] = percentile(reads.page, 0.50)
                figures["list_p99_ms"] = percentile(reads.page, 0.99)
                figures["reads_not_200"] = reads.recordFailures + reads.pageFailures
            }
            let line = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys])
            print("json: " + String(decoding: line, as: UTF8.self))
        }
        if failures.all.count > 0 || (reads.map { $0.recordFailures + $0.pageFailures } ?? 0) > 0 || (caseWork?.failures ?? 0) > 0 { exit(1) }
    }

    /// Read latencies, sorted, in milliseconds.
    struct ReadTimes {
        var record: [Double] = []
        var page: [Double] = []
        var recordFailures = 0
        var pageFailures = 0
    }

    /// Times `count` reads of posted records (by their `Location`) and `count` first pages of 50,
    /// one after another on one keep-alive client, after a few untimed ones (connection, caches).
    static func timeReads(socketPath: String, locations: [String], count: Int) -> ReadTimes {
        let http = UnixHTTPClient(socketPath: socketPath)
        var times = ReadTimes()
        func timed(_ path: String) -> (Double, Bool) {
            let sent = DispatchTime.now()
            let status = (try? http.get(path).status) ?? -1
            return (Double(DispatchTime.now().uptimeNanoseconds - sent.uptimeNanoseconds) / 1e6, status == 200)
        }
        guard !locations.isEmpty else {
            times.recordFailures = count
            return times
        }
        for index in 0..<min(10, locations.count) { _ = timed(locations[index]) }
        for _ in 0..<3 { _ = timed("/v1/calls?limit=50") }
        for index in 0..<count {
            let (elapsed, ok) = timed(locations[(index * 7919) % locations.count])
            times.record.append(elapsed)
            if !ok { times.recordFailures += 1 }
        }
        for _ in 0..<count {
            let (elapsed, ok) = timed("/v1/calls?limit=50")
            times.page.append(elapsed)
            if !ok { times.pageFailures += 1 }
        }
        times.record.sort()
        times.page.sort()
        return times
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
