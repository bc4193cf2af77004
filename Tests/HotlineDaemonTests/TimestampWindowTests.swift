import Foundation
import HotlineClient
import HotlineCore
import Testing

/// `received_at` outside the plausible window is refused; listing filters compare instants.
@Suite("Timestamps at the edges")
struct TimestampWindowTests {
    func post(_ client: UnixHTTPClient, receivedAt: String, narrative: String = "Kort opkald.") throws -> HTTPAnswer {
        try client.post("/v1/calls", json: #"{"channel":"web","caller_role":"anonymous","narrative":"\#(narrative)","received_at":"\#(receivedAt)"}"#)
    }

    func expectRefused(_ answer: HTTPAnswer, value: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(answer.status == 400, "\(answer.text)", sourceLocation: sourceLocation)
        #expect(answer.headers["content-type"]?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
        let error = answer.json?["error"] as? [String: Any]
        #expect(error?["code"] as? String == "invalid_field", "\(answer.text)", sourceLocation: sourceLocation)
        #expect(error?["field"] as? String == "received_at", "\(answer.text)", sourceLocation: sourceLocation)
        #expect(!answer.text.contains(value), "the answer echoes the value: \(answer.text)", sourceLocation: sourceLocation)
    }

    @Test("a received_at before 2000 or more than 5 minutes ahead gets 400, and GET and listing keep working")
    func defaultWindow() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        for value in [
            "9999-12-31T23:59:59.9999Z", "0000-01-01T00:00:00+00:01", "1999-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z",
            RFC3339.format(Date().addingTimeInterval(10 * 60)),
        ] {
            expectRefused(try post(client, receivedAt: value), value: value)
        }
        let epoch = try post(client, receivedAt: "2000-01-01T00:00:00Z")
        #expect(epoch.status == 201, "\(epoch.text)")
        #expect(epoch.json?["received_at"] as? String == "2000-01-01T00:00:00.000Z")
        let soon = try post(client, receivedAt: RFC3339.format(Date().addingTimeInterval(60)))
        #expect(soon.status == 201, "\(soon.text)")
        let list = try client.get("/v1/calls")
        #expect(list.status == 200, "\(list.text)")
        #expect((list.json?["calls"] as? [Any])?.count == 2)
        for answer in [epoch, soon] {
            #expect(try client.get("/v1/calls/\(answer.json?["id"] as? Int ?? 0)").status == 200)
        }
        #expect(!daemon.stderr.contains("9999-12-31"), "a refused value reached the log")
    }

    @Test("the service epoch and the allowance for fast clocks come from the configuration")
    func configuredWindow() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "intake:\n  service_epoch: \"2020-01-01T00:00:00+01:00\"\n  max_future_seconds: 0\n".write(
            to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        let client = daemon.client()
        expectRefused(try post(client, receivedAt: "2019-12-31T22:59:59.999Z"), value: "2019-12-31T22:59:59.999Z")
        #expect(try post(client, receivedAt: "2019-12-31T23:00:00Z").status == 201)
        let ahead = RFC3339.format(Date().addingTimeInterval(30))
        expectRefused(try post(client, receivedAt: ahead), value: ahead)
        #expect(try client.post("/v1/calls", json: sampleRecord()).status == 201)  // no received_at: the daemon's own clock
    }

    @Test("an unusable window in the configuration stops the daemon at start, naming the key", arguments: [
        ("intake:\n  service_epoch: 2000\n", "intake.service_epoch"),
        ("intake:\n  service_epoch: \"3000-01-01T00:00:00Z\"\n", "intake.service_epoch"),
        ("intake:\n  max_future_seconds: -5\n", "intake.max_future_seconds"),
    ])
    func invalidWindow(yaml: String, key: String) throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("bad.yaml")
        try yaml.write(to: config, atomically: true, encoding: .utf8)
        let process = try daemon.launch(arguments: ["--config", config.path])
        process.waitUntilExit()
        #expect(process.terminationStatus == 78)
        #expect(daemon.stderr.contains("\(config.path):2: \(key):"), "\(daemon.stderr)")
    }

    @Test("a reload (SIGHUP) puts a new window in force for the next request")
    func reloadedWindow() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "intake:\n  max_future_seconds: 0\n".write(to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        let client = daemon.client()
        let ahead = { RFC3339.format(Date().addingTimeInterval(120)) }
        let early = ahead()
        expectRefused(try post(client, receivedAt: early), value: early)
        try "intake:\n  max_future_seconds: 600\n".write(to: config, atomically: true, encoding: .utf8)
        kill(try #require(daemon.process).processIdentifier, SIGHUP)
        let deadline = Date().addingTimeInterval(10)
        var status = 0
        repeat {
            Thread.sleep(forTimeInterval: 0.1)
            status = try post(client, receivedAt: ahead()).status
        } while status != 201 && Date() < deadline
        #expect(status == 201, "\(daemon.stderr)")
    }
}
