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

    @Test("a note that adds facts has the call scored again: the band rises, evidence points into the note, the history keeps both results")
    func factNoteRaisesBand() throws {
        let daemon = try DaemonProcess().start()
        defer { _ = daemon.stop() }
        let client = daemon.client()
        let quiet = sampleRecord(narrative: "A neighbour says a young man from Bulgaria washes dishes at a pizzeria and looks tired.")
        let created = try client.post("/v1/calls", json: quiet)
        let id = try #require(created.json?["id"] as? Int)
        let before = try #require((created.json?["triage"] as? [String: Any])?["band"] as? String)
        #expect(before != "high")

        let plain = try client.post("/v1/calls/\(id)/notes", json: #"{"text":"Left a message, no answer yet."}"#)
        #expect(plain.status == 201 && plain.json?["triage"] == nil, "a note that adds no facts is not scored")

        let text = "The neighbour rang back. The owner locks him in the storeroom at night, took his passport and hit him when he asked for his pay."
        let body = try JSONSerialization.data(withJSONObject: ["text": text, "language": "en", "adds_facts": true])
        let note = try client.send("POST", "/v1/calls/\(id)/notes", body: Array(body))
        #expect(note.status == 201, "\(note.text)")
        let noteID = try #require(note.json?["id"] as? Int)
        let rescored = try #require(note.json?["triage"] as? [String: Any])
        #expect(rescored["band"] as? String == "high")
        #expect(rescored["previous_band"] as? String == before)

        let read = try client.get("/v1/calls/\(id)")
        let triage = try #require(read.json?["triage"] as? [String: Any])
        #expect(triage["band"] as? String == "high")
        let indicators = try #require(triage["indicators"] as? [[String: Any]])
        let fromNote = indicators.filter { $0["source"] as? String == "note" }
        #expect(fromNote.count >= 2)
        for indicator in fromNote {
            #expect(indicator["note_id"] as? Int == noteID)
            let evidence = try #require(indicator["evidence"] as? [String: Any])
            let scalars = Array(text.unicodeScalars)
            let start = try #require(evidence["start"] as? Int), end = try #require(evidence["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == evidence["text"] as? String)
        }
        let events = try #require(try client.get("/v1/calls/\(id)/events").json?["events"] as? [[String: Any]])
        let retriaged = try #require(events.first { $0["kind"] as? String == "retriaged" })
        #expect(retriaged["note_id"] as? Int == noteID)
        #expect(retriaged["band_from"] as? String == before && retriaged["band_to"] as? String == "high")
        #expect(!String(describing: events).contains("storeroom"), "no note text in the history")
        // The journal line names ids and bands, never the note.
        let log = daemon.stderr
        let rise = try #require(log.split(separator: "\n").first { $0.contains("rose from \(before) to high after a new note") })
        #expect(rise.contains("warning") && rise.contains("message_id=cb4985ca4818430d9ea549f9eed80853"), "\(rise)")
        #expect(rise.contains("previous_band=\(before)") && rise.contains("note_id=\(noteID)"))
        #expect(!log.contains("storeroom"))
    }

    @Test("an operator sets the deadline by hand with a reason: the queue and the record show it, the policy takes it back")
    func deadlineByHand() throws {
        let daemon = try DaemonProcess().start()
        defer { _ = daemon.stop() }
        let client = daemon.client()
        let id = try #require(try client.post("/v1/calls", json: sampleRecord()).json?["id"] as? Int)
        let other = try #require(try client.post("/v1/calls", json: sampleRecord()).json?["id"] as? Int)
        let early = "2020-01-01T08:00:00Z"  // long past: the call becomes overdue and heads the queue
        let set = try patch(client, id, #"{"due_at":"\#(early)","due_reason":"callback_arranged"}"#, ifMatch: "\"1\"")
        #expect(set.status == 200, "\(set.text)")
        #expect(set.json?["due_at"] as? String == "2020-01-01T08:00:00.000Z")
        #expect(set.json?["due_reason"] as? String == "callback_arranged")
        var queue = try #require(try client.get("/v1/queue").json?["calls"] as? [[String: Any]])
        #expect(queue.first?["id"] as? Int == id)
        #expect(queue.first?["due_set_by_hand"] as? Bool == true)
        #expect((queue.first?["overdue_seconds"] as? Int ?? 0) > 0)
        #expect(queue.first { $0["id"] as? Int == other }?["due_set_by_hand"] == nil)

        #expect(try patch(client, id, #"{"due_at":"\#(early)"}"#, ifMatch: "*").status == 400, "a date needs a reason")
        let back = try patch(client, id, #"{"due_at":null}"#, ifMatch: "\"2\"")
        #expect(back.status == 200 && back.json?["due_at"] == nil)
        queue = try #require(try client.get("/v1/queue").json?["calls"] as? [[String: Any]])
        #expect(queue.first { $0["id"] as? Int == id }?["due_set_by_hand"] == nil)
        let kinds = try #require(try client.get("/v1/calls/\(id)/events").json?["events"] as? [[String: Any]])
        #expect(kinds.map { $0["kind"] as? String } == ["due_set", "due_set"])
        #expect(kinds.first?["reason"] as? String == "callback_arranged" && kinds.last?["due_at"] == nil)
    }
}
