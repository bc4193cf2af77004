import Foundation
import HotlineClient
import Testing

@Suite("Overdue calls in the log")
struct OverdueWatchTests {
    @Test("an open call past its deadline is logged once, at warning when high; a closed one and a calm one not at warning")
    func loggedOnce() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "logging:\n  destination: stderr\ndeadlines:\n  overdue_check_seconds: 1\n".write(to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        let client = daemon.client()
        let old = RFC3339Stamp.format(Date().addingTimeInterval(-2 * 86_400))
        func post(_ narrative: String) throws -> Int {
            let body = #"{"channel":"phone","caller_role":"third_party","language":"en","received_at":"\#(old)","narrative":"\#(narrative)"}"#
            return try #require(try client.post("/v1/calls", json: body).json?["id"] as? Int)
        }
        let high = try post("He works on the farm, is locked in every night, and the boss took his passport and beats him.")
        let closed = try post("The employer keeps his passport and hits him when he asks for his pay.")
        #expect(try client.send("PATCH", "/v1/calls/\(closed)", body: Array(#"{"status":"closed","reason":"duplicate"}"#.utf8),
                                headers: ["If-Match": "*"]).status == 200)
        Thread.sleep(forTimeInterval: 3.5)
        let log = daemon.stderr
        let lines = log.split(separator: "\n").filter { $0.contains("is overdue") }
        #expect(lines.filter { $0.contains("call \(high) is overdue") }.count == 1, "\(log)")
        #expect(lines.contains { $0.contains("call \(high) is overdue") && $0.contains("warning") }, "\(lines)")
        #expect(!lines.contains { $0.contains("call \(closed) is overdue") }, "a closed call is not overdue")
        #expect(!log.contains("passport"), "no narrative in the log")
        _ = daemon.stop()
    }
}
