import Foundation
import HotlineClient
import Testing

@Suite("Triage on the request path")
struct TriageIntakeTests {
    @Test("a POST answers with the triage, which is stored and returned by GET; unknown checklist ids are refused")
    func triageStoredWithRecord() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let body = #"""
            {"channel":"phone","caller_role":"self","language":"en","external_id":"tri-1",
             "narrative":"I came from Vietnam for a restaurant job. The boss took my passport, I work 14 hours a day for no pay and he says I owe him for the travel. I am not allowed to leave the house."}
            """#
        let answer = try client.post("/v1/calls", json: body)
        #expect(answer.status == 201, "\(answer.text)")
        let triage = try #require(answer.json?["triage"] as? [String: Any])
        #expect(["medium", "high"].contains(triage["band"] as? String ?? ""))
        #expect((triage["score"] as? Int ?? 0) > 0)
        #expect((triage["indicators"] as? [Any])?.isEmpty == false)
        #expect(triage["catalog_version"] as? String != nil)
        let fetched = try #require(try client.get("/v1/calls/\(answer.json!["id"]!)").json)
        #expect(NSDictionary(dictionary: fetched["triage"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: triage))

        let unknown = try client.post(
            "/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","checklist":{"no.such.indicator":"yes"}}"#)
        #expect(unknown.status == 400)
        #expect((unknown.json?["error"] as? [String: Any])?["field"] as? String == "checklist")
        #expect(!unknown.text.contains("no.such"), "the unknown id is not repeated: \(unknown.text)")
    }

    @Test("the daemon refuses to start on an invalid catalog, naming the file and line")
    func invalidCatalogRefused() throws {
        let daemon = try DaemonProcess()
        let catalog = daemon.directory.appendingPathComponent("indicators.yaml")
        try "version: \"\"\ndimensions: []\nindicators: []\n".write(to: catalog, atomically: true, encoding: .utf8)
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "catalog:\n  path: \(catalog.path)\n".write(to: config, atomically: true, encoding: .utf8)
        let process = try daemon.launch(arguments: ["--config", config.path])
        process.waitUntilExit()
        #expect(process.terminationStatus == 78)
        #expect(daemon.stderr.contains("\(catalog.path):1:"), "\(daemon.stderr)")
    }
}
