import Foundation
import HotlineClient
import Testing

@Suite("Case work over the API")
struct CaseWorkTests {
    func patch(_ client: UnixHTTPClient, _ id: Int, _ json: String, ifMatch: String?) throws -> HTTPAnswer {
        try client.send("PATCH", "/v1/calls/\(id)", body: Array(json.utf8), headers: ifMatch.map { ["If-Match": $0] } ?? [:])
    }

    @Test("a call is taken, worked and closed; each change raises the ETag, is durable and leaves an event")
    func lifecycle() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let created = try client.post("/v1/calls", json: sampleRecord())
        let id = try #require(created.json?["id"] as? Int)
        #expect(created.json?["version"] as? Int == 1)
        let read = try client.get("/v1/calls/\(id)")
        #expect(read.headers["etag"] == "\"1\"")

        let taken = try patch(client, id, #"{"status":"in_progress","assigned_to":"op-7"}"#, ifMatch: "\"1\"")
        #expect(taken.status == 200, "\(taken.text)")
        #expect(taken.json?["status"] as? String == "in_progress")
        #expect(taken.json?["assigned_to"] as? String == "op-7")
        #expect(taken.headers["etag"] == "\"2\"")

        // Someone else's stale version is refused with the current ETag, and nothing changes.
        let stale = try patch(client, id, #"{"status":"closed","reason":"duplicate"}"#, ifMatch: "\"1\"")
        #expect(stale.status == 412)
        #expect(stale.json.flatMap { ($0["error"] as? [String: Any])?["code"] as? String } == "precondition_failed")
        #expect(stale.headers["etag"] == "\"2\"")

        let closed = try patch(client, id, #"{"status":"closed","reason":"referred_onward"}"#, ifMatch: "\"2\"")
        #expect(closed.status == 200, "\(closed.text)")
        #expect(closed.json?["version"] as? Int == 3)

        // A change is on disk: a daemon started afresh on the same file sees it.
        #expect(daemon.stop() == 0)
        let again = try DaemonProcess(directory: daemon.directory).start()
        defer { _ = again.stop() }
        let reread = try again.client().get("/v1/calls/\(id)")
        #expect(reread.json?["status"] as? String == "closed")
        #expect(reread.headers["etag"] == "\"3\"")

        let events = try again.client().get("/v1/calls/\(id)/events")
        #expect(events.status == 200)
        let list = try #require(events.json?["events"] as? [[String: Any]])
        #expect(list.map { $0["kind"] as? String } == ["status_changed", "assigned", "status_changed"])
        #expect(list.last?["to_status"] as? String == "closed")
        #expect(list.last?["reason"] as? String == "referred_onward")
        #expect((list.first?["by"] as? [String: Any])?["uid"] as? Int == Int(getuid()))
        #expect(!events.text.contains("passport"), "no narrative in the history")
    }

    @Test("400 precondition_required without If-Match, 409 for a move the workflow does not allow, 404, 400 for a bad body")
    func refusals() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let id = try #require(try client.post("/v1/calls", json: sampleRecord()).json?["id"] as? Int)
        let noPrecondition = try patch(client, id, #"{"status":"in_progress"}"#, ifMatch: nil)
        #expect(noPrecondition.status == 400)
        #expect(noPrecondition.json.flatMap { ($0["error"] as? [String: Any])?["code"] as? String } == "precondition_required")
        let backwards = try patch(client, id, #"{"status":"referred"}"#, ifMatch: "*")
        #expect(backwards.status == 409)
        let message = try #require(backwards.json.flatMap { ($0["error"] as? [String: Any])?["message"] as? String })
        #expect(message.contains("in_progress") && message.contains("closed"), "names the allowed moves")
        #expect(try patch(client, 999_999, #"{"status":"in_progress"}"#, ifMatch: "*").status == 404)
        #expect(try patch(client, id, #"{"status":"in_progress","extra":1}"#, ifMatch: "*").status == 400)
        #expect(try patch(client, id, "not json", ifMatch: "*").status == 400)
        #expect(try patch(client, id, #"{"status":"in_progress"}"#, ifMatch: "W/\"1\"").status == 400, "a weak tag is no ETag of ours")
        #expect(try patch(client, id, #"{"status":"in_progress"}"#, ifMatch: "\"7\"").status == 412, "a version the call does not have")
        #expect(try client.get("/v1/calls/999999/events").status == 404)
        // The daemon still serves after every refusal.
        #expect(try client.get("/v1/health").status == 200)
    }
}
