import Foundation
import HotlineClient
import Testing

/// Retention against the real daemon on a real socket and database file: shredded text must be gone
/// from the bytes of the database, its `-wal` and its `-shm`, not just from the rows.
@Suite("Erasure and retention through the daemon")
struct ErasureTests {
    static let marker = "QZXMARKERQZX"

    /// A call whose narrative, contact, operator and municipality carry the marker, with evidence
    /// in the narrative (the passport) for the triage to point at.
    static func markedRecord(externalID: String, receivedAt: String? = nil) -> String {
        var record: [String: Any] = [
            "external_id": externalID, "channel": "phone", "caller_role": "third_party", "language": "en",
            "narrative": "Caller \(marker) reports that the employer took his passport and he cannot leave the farm.",
            "subject": ["age": 34, "gender": "male", "location": ["municipality": "Odense \(marker)", "region": "Syddanmark"]],
            "sector": "agriculture", "operator": "QZX",
            "contact": ["name": "Name \(marker)", "phone": "+45 \(marker)", "email": "\(marker)@example.org"],
        ]
        if let receivedAt { record["received_at"] = receivedAt }
        return String(decoding: try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Which of the database's files hold the marker's bytes.
    static func filesHoldingMarker(_ database: String) -> [String] {
        let needle = Array(marker.utf8)
        return [database, database + "-wal", database + "-shm"].filter { path in
            guard let bytes = FileManager.default.contents(atPath: path).map([UInt8].init) else { return false }
            guard bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { start in
                bytes[start] == needle[0] && Array(bytes[start..<start + needle.count]) == needle
            }
        }
    }

    func evidenceTexts(_ answer: HTTPAnswer) -> [String?] {
        let indicators = ((answer.json?["triage"] as? [String: Any])?["indicators"] as? [[String: Any]]) ?? []
        return indicators.compactMap { $0["evidence"] as? [String: Any] }.map { $0["text"] as? String }
    }

    @Test("an erasure leaves the marker in none of the database, -wal and -shm, with the daemon running and after it stops; the record says shredded_at")
    func erasureIsGoneFromTheFiles() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let created = try client.post("/v1/calls", json: Self.markedRecord(externalID: "erase-1"))
        #expect(created.status == 201, "\(created.text)")
        let id = try #require(created.json?["id"] as? Int)
        #expect(!evidenceTexts(created).isEmpty && evidenceTexts(created).allSatisfy { $0 != nil }, "snippets while the text exists")
        let note = try client.send("POST", "/v1/calls/\(id)/notes", body: Array(
            #"{"text":"Rang back \#(Self.marker): the boss says he owes a debt and may not leave before it is paid.","adds_facts":true}"#.utf8))
        #expect(note.status == 201, "\(note.text)")
        // Changes rewrite the row: the old copies must not linger in the pages' free space either.
        #expect(try client.send("PATCH", "/v1/calls/\(id)", body: Array(#"{"status":"in_progress","assigned_to":"op-1"}"#.utf8),
                                headers: ["If-Match": "*"]).status == 200)
        let before = try client.get("/v1/calls/\(id)")
        #expect(before.text.contains(Self.marker))
        #expect(evidenceTexts(before) == evidenceTexts(created) || evidenceTexts(before).count >= evidenceTexts(created).count)

        let erased = try client.send("POST", "/v1/calls/\(id)/erasure", body: Array(#"{"reason":"erasure_request"}"#.utf8))
        #expect(erased.status == 200, "\(erased.text)")
        #expect(erased.json?["shredded_at"] is String && erased.json?["contact_shredded_at"] is String)
        #expect(erased.json?["narrative"] as? String == "" && erased.json?["contact"] == nil && erased.json?["operator"] == nil)
        #expect(!erased.text.contains(Self.marker))
        #expect(evidenceTexts(erased).allSatisfy { $0 == nil }, "offsets only")
        #expect(erased.json?["sector"] as? String == "agriculture")
        #expect(((erased.json?["subject"] as? [String: Any])?["location"] as? [String: Any])?["region"] as? String == "Syddanmark")
        #expect((erased.json?["triage"] as? [String: Any])?["band"] as? String != nil, "the triage figures stay")

        // The daemon is still running: the shred is already gone from every file.
        #expect(Self.filesHoldingMarker(daemon.databasePath) == [], "with the daemon running")
        let notes = try client.get("/v1/calls/\(id)/notes")
        #expect(!notes.text.contains(Self.marker))
        let events = try client.get("/v1/calls/\(id)/events")
        let kinds = (events.json?["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
        #expect(kinds.suffix(1) == ["shredded"])
        // A retry of the shredded call is told so, naming it.
        let retry = try client.post("/v1/calls", json: Self.markedRecord(externalID: "erase-1"))
        #expect(retry.status == 409)
        let error = retry.json?["error"] as? [String: Any]
        #expect(error?["code"] as? String == "call_shredded" && (error?["message"] as? String)?.contains("\(id)") == true)
        #expect(try client.get("/v1/health").status == 200)

        #expect(daemon.stop() == 0)
        #expect(Self.filesHoldingMarker(daemon.databasePath) == [], "after the daemon stopped")
        // The history of triage results is there, with offsets and no text.
        let history = try PythonSQLite.rows(daemon.databasePath, "SELECT count(*), sum(instr(result, 'passport') > 0) FROM triages")
        #expect(history == [["2", "0"]], "\(history)")
    }

    @Test("a held call is refused erasure with 409 legal_hold until the hold is lifted; hold and release leave events")
    func legalHoldBlocksErasure() throws {
        let daemon = try DaemonProcess().start()
        defer { _ = daemon.stop() }
        let client = daemon.client()
        let id = try #require(try client.post("/v1/calls", json: Self.markedRecord(externalID: "hold-1")).json?["id"] as? Int)
        let held = try client.send("PUT", "/v1/calls/\(id)/legal-hold", body: Array(#"{"reason":"Police case 0100-1"}"#.utf8))
        #expect(held.status == 200, "\(held.text)")
        #expect((held.json?["legal_hold"] as? [String: Any])?["reason"] as? String == "Police case 0100-1")
        #expect(((held.json?["legal_hold"] as? [String: Any])?["by"] as? [String: Any])?["uid"] as? Int == Int(getuid()))
        let refused = try client.send("POST", "/v1/calls/\(id)/erasure", body: Array(#"{"reason":"consent_withdrawn"}"#.utf8))
        #expect(refused.status == 409)
        #expect((refused.json?["error"] as? [String: Any])?["code"] as? String == "legal_hold")
        #expect(try client.get("/v1/calls/\(id)").text.contains(Self.marker), "nothing shredded")
        #expect(try client.send("PUT", "/v1/calls/\(id)/legal-hold", body: Array(#"{"reason":""}"#.utf8)).status == 400)
        #expect(try client.send("POST", "/v1/calls/\(id)/erasure", body: Array(#"{"reason":"because"}"#.utf8)).status == 400)
        let lifted = try client.send("DELETE", "/v1/calls/\(id)/legal-hold")
        #expect(lifted.status == 200 && lifted.json?["legal_hold"] == nil)
        #expect(try client.send("POST", "/v1/calls/\(id)/erasure", body: Array(#"{"reason":"consent_withdrawn"}"#.utf8)).status == 200)
        let events = try client.get("/v1/calls/\(id)/events")
        let list = (events.json?["events"] as? [[String: Any]]) ?? []
        #expect(list.map { $0["kind"] as? String } == ["legal_hold_set", "legal_hold_released", "shredded"])
        #expect(list.last?["reason"] as? String == "consent_withdrawn" && list.last?["shred_scope"] as? String == "free_text")
        #expect(list.first?["reason"] == nil, "the lifted hold's reason, staff's free text, is shredded with the rest")
        #expect(try client.send("DELETE", "/v1/calls/999999/legal-hold").status == 404)
        #expect(try client.send("POST", "/v1/calls/999999/erasure", body: Array(#"{"reason":"other"}"#.utf8)).status == 404)
    }

    @Test("hotline hold, erase and retention run [--dry-run] through the binary: counts only, held calls skipped, the text gone from the files beside the running daemon")
    func retentionFromTheCLI() throws {
        let daemon = try DaemonProcess().start()
        defer { _ = daemon.stop() }
        let config = daemon.directory.appendingPathComponent("hotline.yaml").path
        try """
            socket:
              path: \(daemon.socketPath)
            database:
              path: \(daemon.databasePath)
            logging:
              destination: stderr
            retention:
              free_text_days_after_close: 730
              contact_days_after_close: 180
              unclosed_days_after_received: 1
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let socket = ["--socket", daemon.socketPath]
        let threeDaysAgo = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-3 * 86_400))
        let client = daemon.client()
        let old = try #require(try client.post("/v1/calls", json: Self.markedRecord(externalID: "old", receivedAt: threeDaysAgo)).json?["id"] as? Int)
        let oldHeld = try #require(try client.post("/v1/calls", json: Self.markedRecord(externalID: "held", receivedAt: threeDaysAgo)).json?["id"] as? Int)
        let fresh = try #require(try client.post("/v1/calls", json: Self.markedRecord(externalID: "fresh")).json?["id"] as? Int)

        #expect(try runCLI(["hold", "\(oldHeld)"] + socket).status == 64, "a reason or --release")
        let hold = try runCLI(["hold", "\(oldHeld)", "--reason", "Court order 12"] + socket)
        #expect(hold.status == 0 && hold.output.contains("under legal hold"), "\(hold.error)")

        let dry = try runCLI(["retention", "run", "--dry-run", "--config", config])
        #expect(dry.status == 0, "\(dry.error)")
        #expect(dry.output.contains("free text due (dry run, nothing written): 1 calls"), "\(dry.output)")
        #expect(dry.output.contains("skipped for legal hold: 1 calls"), "\(dry.output)")
        #expect(!dry.output.contains(Self.marker) && !dry.output.contains("call "), "counts only, no call named")
        #expect(try client.get("/v1/calls/\(old)").json?["shredded_at"] == nil, "a dry run writes nothing")

        let run = try runCLI(["retention", "run", "--config", config])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("free text shredded: 1 calls; contact only shredded: 0 calls; skipped for legal hold: 1 calls"), "\(run.output)")
        let shredded = try client.get("/v1/calls/\(old)")
        #expect(shredded.json?["shredded_at"] is String && shredded.json?["narrative"] as? String == "")
        let events = (try client.get("/v1/calls/\(old)/events").json?["events"] as? [[String: Any]]) ?? []
        #expect(events.last?["kind"] as? String == "shredded" && events.last?["reason"] as? String == "retention")
        let shown = try runCLI(["show", "\(old)"] + socket)
        #expect(shown.status == 0 && shown.output.contains("(shredded ") && shown.output.contains("Contact gone"), "\(shown.output)")
        #expect(try client.get("/v1/calls/\(oldHeld)").text.contains(Self.marker), "held")
        #expect(try client.get("/v1/calls/\(fresh)").text.contains(Self.marker), "not due")
        let again = try runCLI(["retention", "run", "--config", config])
        #expect(again.output.contains("free text shredded: 0 calls"), "\(again.output)")

        #expect(try runCLI(["erase", "\(oldHeld)", "--reason", "erasure_request"] + socket).status == 65, "held: refused")
        #expect(try runCLI(["erase", "\(fresh)", "--reason", "whim"] + socket).status == 64)
        #expect(try runCLI(["hold", "\(oldHeld)", "--release"] + socket).output.contains("no legal hold"))
        for id in [oldHeld, fresh] {
            let erased = try runCLI(["erase", "\(id)", "--reason", "entered_in_error"] + socket)
            #expect(erased.status == 0 && erased.output.contains("call \(id): shredded at"), "\(erased.error)")
        }
        #expect(Self.filesHoldingMarker(daemon.databasePath) == [], "every marked call shredded, the daemon running")
        #expect(try runCLI(["retention", "run", "--database", "/nonexistent/db.sqlite"]).status == 74)
    }
}
