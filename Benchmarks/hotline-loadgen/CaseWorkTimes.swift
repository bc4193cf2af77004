import Foundation
import BenchmarkCorpus
import HotlineClient

/// `--case-work N`: after the posting, on one keep-alive client, N changes (`PATCH`, taking and
/// releasing a posted call in turn, each durable like a post) timed beside N more posts, and N
/// reads of the worklist (`GET /v1/queue`) over every open call the run left.
struct CaseWorkTimes {
    var post: [Double] = []
    var patch: [Double] = []
    var queue: [Double] = []
    var failures = 0
    var openCalls = 0

    static func measure(socketPath: String, locations: [String], count: Int, run: String) -> CaseWorkTimes {
        let http = UnixHTTPClient(socketPath: socketPath)
        var times = CaseWorkTimes()
        guard !locations.isEmpty else {
            times.failures = count
            return times
        }
        func timed(_ send: () throws -> HTTPAnswer, expect: Int) -> Double {
            let sent = DispatchTime.now()
            let status = (try? send().status) ?? -1
            if status != expect { times.failures += 1 }
            return Double(DispatchTime.now().uptimeNanoseconds - sent.uptimeNanoseconds) / 1e6
        }
        for index in 0..<count {
            // Interleaved, so both see the same disk and the same size of database.
            let body = RecordCorpus.record(number: 1_000_000 + index, run: run)
            times.post.append(timed({ try http.post("/v1/calls", json: body) }, expect: 201))
            let location = locations[(index * 7919) % locations.count]
            let change = index % 2 == 0 ? #"{"assigned_to":"op-bench"}"# : #"{"assigned_to":null}"#
            times.patch.append(timed({ try http.send("PATCH", location, body: Array(change.utf8), headers: ["If-Match": "*"]) }, expect: 200))
        }
        times.openCalls = locations.count + count  // every posted call is open: the run closes none
        for _ in 0..<3 { _ = try? http.get("/v1/queue") }
        for _ in 0..<count {
            times.queue.append(timed({ try http.get("/v1/queue") }, expect: 200))
        }
        times.post.sort()
        times.patch.sort()
        times.queue.sort()
        return times
    }
}
