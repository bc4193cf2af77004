// request-path-bench: times each CPU stage a call record passes through in the daemon, one at a
// time on one core, on the load generator's records, so a change to the request path can be
// weighed stage by stage (and, with `--no-store`, run under `valgrind --tool=callgrind`, which cannot follow the
// daemon's threads; valgrind 3.19 cannot read this toolchain's DWARF 5 either, so profile a copy
// made with `strip --strip-debug`).
//
//   request-path-bench [--catalog Config/indicators.yaml] [--records 400] [--runs 5] [--no-store]
//
// Prints microseconds per record for: parsing and validating the body, triage, the triage
// result's answered and stored text, the record as answered to POST, and the record as answered to
// GET (from the stored text, its snippets cut from the narrative and spliced in again, as the
// daemon does; the bench stops if that answer differs from the POST's). Figures only; no record
// text is printed. Then the store: the records through a real CallStore, 16 at a time, CPU and wall
// time per record (`--no-store` leaves it out: valgrind crashes when the store's thread starts).

import BenchmarkCorpus
import Foundation
import HotlineCore
import HotlineStemming
import HotlineStore
import HotlineTriage

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let catalogPath = option("--catalog") ?? "Config/indicators.yaml"
let recordCount = Int(option("--records") ?? "") ?? 400
let runs = Int(option("--runs") ?? "") ?? 5

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

let triage: EngineTriage
do {
    triage = try EngineTriage.load(catalogPath: catalogPath)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}
let bodies = (0..<recordCount).map { Array(RecordCorpus.record(number: $0, run: "bench").utf8) }
let parser = CallSubmissionParser(isKnownIndicator: { triage.isKnownIndicator($0) })
let at = Date(timeIntervalSince1970: 1_790_000_000)
let peer = PeerIdentity(uid: 1000, gid: 1000, pid: 4242, user: "operator")

/// Runs `stage` over every input `runs` times and returns the best run's microseconds per input.
func time<Input, Output>(_ inputs: [Input], _ stage: (Input) throws -> Output) rethrows -> (Double, [Output]) {
    var best = Double.infinity
    var outputs: [Output] = []
    for _ in 0..<runs {
        outputs.removeAll(keepingCapacity: true)
        let start = now()
        for input in inputs { outputs.append(try stage(input)) }
        best = min(best, (now() - start) / Double(inputs.count) * 1e6)
    }
    return (best, outputs)
}

let (parseTime, submissions) = try time(bodies) { try parser.parse($0) }
let (triageTime, results) = time(submissions) { triage.engine.assess(TriageInput($0)) }
let (storedFormTime, records) = time(results) { TriageRecord($0, assessedAt: at) }

// POST answers the record with the triage text it made, spliced in as it is.
let answered = zip(submissions, records).enumerated().map { index, pair in
    CallRecord(
        id: Int64(index + 1), receivedAt: at, receivedAtWasDefaulted: true, storedAt: at, status: .new,
        submission: pair.0, postedBy: peer, storedTriage: StoredJSON(serializedByThisProcess: Array(pair.1.resultJSON.utf8)))
}
let (answerTime, answers) = time(answered) { record -> [UInt8] in
    var out: [UInt8] = []
    out.reserveCapacity(8192)
    record.serializedJSON(into: &out)
    return out
}

// GET reads the stored form (evidence as offsets only), cuts the snippets again from the narrative,
// splices them in and answers the record with that text.
let stored = zip(answered, records).map { record, triage in
    (record, StoredJSON(serializedByThisProcess: Array(triage.storedResultJSON.utf8)))
}
let (readTime, reads) = time(stored) { record, bytes -> [UInt8] in
    var read = record
    read.storedTriage = StoredJSON(
        serializedByThisProcess: EvidenceSnippets.restoredBytes(bytes, narrative: record.submission.narrative, noteText: { _ in nil }))
    var out: [UInt8] = []
    out.reserveCapacity(8192)
    read.serializedJSON(into: &out)
    return out
}
guard reads == answers else {
    FileHandle.standardError.write(Data("request-path-bench: a read does not answer what the post did\n".utf8))
    exit(1)
}

// The store: every record through a real CallStore (group commit, synchronous = FULL) on a fresh
// file, 16 submitted at a time so that they share transactions as under load. Process CPU per
// record (the writer's thread, mostly) and wall time per record; the best of the runs.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
let pendings = zip(submissions, records).map { PendingSubmission(submission: $0, arrivedAt: at, peer: peer, triage: $1) }
var storeCPU = Double.infinity, storeWall = Double.infinity
let timesStore = !arguments.contains("--no-store")
for run in 0..<(timesStore ? runs : 0) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("request-path-bench-\(getpid())-\(run)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try CallStore(path: folder.appendingPathComponent("bench.sqlite").path)
    let (cpu, wall) = (processCPUSeconds(), now())
    try await withThrowingTaskGroup(of: Void.self) { group in
        for lane in 0..<16 {
            group.addTask {
                for index in stride(from: lane, to: pendings.count, by: 16) {
                    guard case .created = try await store.submit(pendings[index]) else {
                        FileHandle.standardError.write(Data("request-path-bench: a record was not stored as new\n".utf8))
                        exit(1)
                    }
                }
            }
        }
        try await group.waitForAll()
    }
    storeCPU = min(storeCPU, (processCPUSeconds() - cpu) / Double(pendings.count) * 1e6)
    storeWall = min(storeWall, (now() - wall) / Double(pendings.count) * 1e6)
    _ = try store.close()
}

let bytes = answers.map(\.count).reduce(0, +) / max(1, answers.count)
print("request-path-bench: \(recordCount) records (mean answer \(bytes) bytes), best of \(runs) runs, µs per record")
for (name, micros) in [
    ("parse + validate body", parseTime),
    ("triage", triageTime),
    ("triage result -> answered + stored text", storedFormTime),
    ("record -> answer bytes (POST)", answerTime),
    ("stored text -> snippets -> answer (GET)", readTime),
] {
    print(line(name, micros))
}
print(line("POST CPU in all", parseTime + triageTime + storedFormTime + answerTime))
if timesStore {
    print(line("store, 16 at a time: CPU", storeCPU))
    print(line("store, 16 at a time: wall", storeWall))
}

func line(_ name: String, _ micros: Double) -> String {
    "  " + name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%9.1f", micros)
}
