import Foundation
import HotlineClient
import Testing

@Suite("The worklist")
struct QueueTests {
    func post(_ client: UnixHTTPClient, _ narrative: String, receivedAt: String) throws -> Int {
        let body = #"{"channel":"phone","caller_role":"third_party","language":"en","received_at":"\#(receivedAt)","narrative":"\#(narrative)"}"#
        let answer = try client.post("/v1/calls", json: body)
        #expect(answer.status == 201, "\(answer.text)")
        return answer.json?["id"] as? Int ?? 0
    }

    @Test("open calls only, overdue first, then the most urgent; no narrative; hotline queue shows the same order within 100 columns")
    func order() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let now = Date()
        func stamp(_ secondsAgo: TimeInterval) -> String { RFC3339Stamp.format(now.addingTimeInterval(-secondsAgo)) }
        // A calm call received long ago: overdue (30 days for none) after 40 days.
        let oldCalm = try post(client, "A caller asks about opening hours.", receivedAt: stamp(40 * 86_400))
        // A worker locked in now: immediate danger, received a minute ago, not yet due (15 min).
        let danger = try post(client, "He is locked in the shed right now and the boss has his passport.", receivedAt: stamp(60))
        // A high call received an hour ago: due in 23 hours.
        let high = try post(client, "The employer keeps their passports and they work 16 hours a day without pay; the boss hits them.",
                            receivedAt: stamp(3600))
        // A closed call never shows.
        let closed = try post(client, "A caller asks whether the hotline is open at weekends.", receivedAt: stamp(7200))
        let close = try client.send("PATCH", "/v1/calls/\(closed)", body: Array(#"{"status":"closed","reason":"no_indicators"}"#.utf8),
                                    headers: ["If-Match": "*"])
        #expect(close.status == 200)

        let queue = try client.get("/v1/queue")
        #expect(queue.status == 200)
        let calls = try #require(queue.json?["calls"] as? [[String: Any]])
        #expect(calls.map { $0["id"] as? Int } == [oldCalm, danger, high], "\(calls)")
        #expect((calls[0]["overdue_seconds"] as? Int ?? 0) > 9 * 86_400)
        #expect(calls[1]["overdue_seconds"] as? Int == 0)
        #expect((calls[1]["flags"] as? [String])?.contains("immediate_danger") == true)
        #expect(!queue.text.contains("passport") && !queue.text.contains("narrative"))

        let shown = try runCLI(["queue", "--socket", daemon.socketPath])
        #expect(shown.status == 0, "\(shown.error)")
        let lines = shown.output.split(separator: "\n")
        #expect(lines.count == 4, "\(shown.output)")
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines[1].hasPrefix("\(oldCalm) ") && lines[2].hasPrefix("\(danger) "), "\(shown.output)")
        #expect(lines[2].contains("DANGER"))
        #expect(try runCLI(["queue", "--json", "--socket", daemon.socketPath]).output.contains("\"due_at\""))
    }
}

/// RFC 3339 with milliseconds in UTC, as the daemon writes it.
enum RFC3339Stamp {
    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
