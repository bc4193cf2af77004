// export-bench: fills a database with a year of synthetic calls and times the summary exports.
//
//   export-bench [--calls N] [--keep PATH]      fill a fresh database, then time one day and the year
//   export-bench measure PATH day|year|year-all-figures         (internal) one export, in its own process, so that
//                                               the peak memory reported is that export's alone
//
// Build and run in release: swift run -c release --scratch-path .build-release export-bench

import Foundation
import GRDB
import HotlineCore
import HotlineExport
import HotlineStore

let benchmarkYear = 2025
let benchmarkDay = "2025-06-18"
let timeZone = TimeZone(identifier: "Europe/Copenhagen")!

/// Prints a line at once (stdout is block-buffered in a pipe, and child processes print too).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Peak resident memory of this process (VmHWM), in MiB.
func peakMemoryMiB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
        return kilobytes / 1024
    }
    return 0
}

/// CPU time (user + system) this process has used, in seconds: the figure that does not depend on
/// what else the machine is doing.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// SplitMix64: fast, seeded, the same database every run.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// `2025-06-18T10:00:00.250Z` from Unix milliseconds, with the store's own formatter (no
/// Foundation formatter: a million of those would dominate the fill).
func rfc3339(milliseconds: Int64) -> String {
    RFC3339.format(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
}

/// Fills `path` (created with the store's schema) with `count` calls spread evenly over the
/// benchmark year, each with a triage, some re-triaged, 0–4 indicators each.
func fill(path: String, count: Int) throws -> Double {
    try CallStore(path: path).close()
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    let start = ContinuousClock.now
    // A fresh file: a rollback journal needs no copy of new pages, where WAL would write every page
    // twice (log, then checkpoint). Back to WAL, as the daemon runs it, once filled.
    try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144")
    }
    defer { try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") } }
    var random = SplitMix64(state: 20_251_129)
    let yearStart = Int64(ExportDay(year: benchmarkYear, month: 1, day: 1)!.start(in: timeZone).timeIntervalSince1970 * 1000)
    let yearEnd = Int64(ExportDay(year: benchmarkYear + 1, month: 1, day: 1)!.start(in: timeZone).timeIntervalSince1970 * 1000)
    let spacing = (yearEnd - yearStart) / Int64(count)
    let narratives = (0..<64).map { index in
        String(repeating: "Caller describes work at a site \(index) with long hours, withheld pay and a shared room. ", count: 4)
    }
    let channels = CallChannel.allCases.map(\.rawValue), roles = CallerRole.allCases.map(\.rawValue)
    let sectors = Sector.allCases.map(\.rawValue), genders = Gender.allCases.map(\.rawValue)
    let regions = ["Region Hovedstaden", "Sjælland", "Region Syddanmark", "Midtjylland", "Nordjylland", "somewhere"]
    let bands = ["none", "low", "low", "medium", "medium", "high"]
    let forms = ["labour", "sexual", "criminality", "labour,sexual"]
    let flagLists = ["minor", "immediate_danger", "in_custody", "minor,unaccompanied_minor", "immediate_danger,minor"]
    let dimensions = ["D1", "D2", "D3", "D4", "D5", "D6"]
    let result = "{" + String(repeating: "\"indicator\":\"x\",", count: 12) + "\"end\":true}"
    let lastMonth = yearEnd - 30 * 86_400_000

    try queue.inTransaction { db in
        let insertCall = try db.makeStatement(sql: """
            INSERT INTO calls (id, received_at, received_at_defaulted, stored_at, status, channel, language, caller_role,
                narrative, sector, subject_age, subject_age_group, subject_gender, subject_nationality, subject_municipality,
                subject_region, contact_name, contact_phone, triage_id)
            VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertTriage = try db.makeStatement(sql: """
            INSERT INTO triages (id, call_id, assessed_at, catalog_version, score, band, presumed, language, exploitation, flags, result)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertIndicator = try db.makeStatement(sql: "INSERT OR IGNORE INTO triage_indicators VALUES (?, ?, ?)")
        var nextTriage: Int64 = 1
        for index in 0..<count {
            let id = Int64(index + 1)
            let received = yearStart + Int64(index) * spacing + Int64(random.below(Int(spacing)))
            let band = random.pick(bands)
            let presumed = band == "high" ? random.chance(60) : (band == "medium" && random.chance(10))
            let exploitation = presumed || band == "high" ? (random.chance(80) ? random.pick(forms) : "") : ""
            let flags = random.chance(15) ? random.pick(flagLists) : ""
            let language = random.chance(70) ? "da" : "en"
            let firstTriage = nextTriage
            let triageCount = random.chance(5) ? 2 : 1
            for attempt in 0..<triageCount {
                let assessed = received + Int64(200 + random.below(3_000)) + Int64(attempt) * 86_400_000
                try insertTriage.execute(arguments: [
                    nextTriage, id, rfc3339(milliseconds: assessed), attempt == 0 ? "2025.1" : "2025.2", random.below(40), band,
                    presumed, language, exploitation, flags, result,
                ])
                for _ in 0..<random.below(5) {
                    let dimension = random.pick(dimensions)
                    try insertIndicator.execute(arguments: [nextTriage, "\(dimension).i\(random.below(12))", dimension])
                }
                nextTriage += 1
            }
            let status = received < lastMonth ? (random.chance(97) ? "closed" : "in_progress") : random.pick(["new", "in_progress", "closed"])
            let hasAge = random.chance(30)
            try insertCall.execute(arguments: [
                id, rfc3339(milliseconds: received), rfc3339(milliseconds: received + 40), status, random.pick(channels),
                random.chance(80) ? language : nil, random.pick(roles), random.pick(narratives),
                random.chance(70) ? random.pick(sectors) : nil, hasAge ? 10 + random.below(50) : nil,
                !hasAge && random.chance(40) ? random.pick(["child", "adult", "unknown"]) : nil,
                random.chance(85) ? random.pick(genders) : nil, random.chance(60) ? "RO" : nil,
                random.chance(50) ? "Aarhus" : nil, random.chance(75) ? random.pick(regions) : nil,
                random.chance(20) ? "Caller Name" : nil, random.chance(30) ? "+4512345678" : nil,
                firstTriage + Int64(triageCount - 1),
            ])
        }
        return .commit
    }
    return seconds(since: start)
}

/// One export (summary, render of all formats, atomic write), timed; run in its own process.
func measure(path: String, kind: String) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("export-bench-\(getpid())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let exporter = SummaryExporter(
        databasePath: path, settings: ExportSettings(directory: directory, timeZone: timeZone, smallCellThreshold: 5))
    let period = switch kind {
    case "year": ExportPeriod.year(benchmarkYear)!
    case "year-all-figures": ExportPeriod.range(from: ExportDay(year: benchmarkYear, month: 1, day: 1)!, to: ExportDay(year: benchmarkYear, month: 12, day: 31)!)!
    default: ExportPeriod.day(ExportDay(benchmarkDay)!)
    }
    var timings: [Double] = [], cpu: [Double] = []
    var calls = ""
    for _ in 0..<3 {
        let start = ContinuousClock.now
        let cpuStart = cpuSeconds()
        let summary = try exporter.summary(for: period)
        try exporter.write(summary)
        timings.append(seconds(since: start))
        cpu.append(cpuSeconds() - cpuStart)
        calls = summary.figure("calls_received")?.exactValue.map(String.init) ?? "suppressed"
    }
    say(String(
        format: "%@ export (%@, calls_received %@): wall %.3f / %.3f / %.3f s, CPU %.3f / %.3f / %.3f s; peak memory %.1f MiB",
        kind, period.fileStem, calls, timings[0], timings[1], timings[2], cpu[0], cpu[1], cpu[2], peakMemoryMiB()))
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "measure", arguments.count == 3 {
    try measure(path: arguments[1], kind: arguments[2])
    exit(0)
}

var callCount = 1_000_000
var keep: String? = nil
var iterator = arguments.makeIterator()
while let argument = iterator.next() {
    switch argument {
    case "--calls": callCount = iterator.next().flatMap(Int.init) ?? callCount
    case "--keep": keep = iterator.next()
    default:
        FileHandle.standardError.write(Data("usage: export-bench [--calls N] [--keep PATH]\n".utf8))
        exit(64)
    }
}
let path = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("export-bench-\(getpid()).sqlite").path
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
say("filling \(path) with \(callCount) calls over \(benchmarkYear)…")
let fillSeconds = try fill(path: path, count: callCount)
let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
say(String(format: "fill: %.1f s (one transaction, prepared statements), %d MiB; peak memory %.1f MiB", fillSeconds, size, peakMemoryMiB()))
for kind in ["day", "year", "year-all-figures"] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    process.arguments = ["measure", path, kind]
    try process.run()
    process.waitUntilExit()
}
if keep == nil {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}
