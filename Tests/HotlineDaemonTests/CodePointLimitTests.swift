import Foundation
import HotlineClient
import Testing

/// Character limits count Unicode code points, against the real daemon.
@Suite("Code point limits")
struct CodePointLimitTests {
    @Test("limits count code points: one character of 20,001 code points is not a short external_id")
    func codePointLimits() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let zalgo = "e" + String(repeating: "\u{332}", count: 20_000)
        let refused = try client.post("/v1/calls", json: UnicodeIntakeTests.body(narrative: "Kort opkald.", externalID: zalgo))
        #expect(refused.status == 400, "\(refused.text.prefix(300))")
        let error = refused.json?["error"] as? [String: Any]
        #expect(error?["code"] as? String == "invalid_field")
        #expect(error?["field"] as? String == "external_id")
        let lowLine: [UInt8] = [0xCC, 0xB2]  // U+0332 in UTF-8: the submitted value is not echoed
        #expect(!refused.body.indices.contains { refused.body[$0...].starts(with: lowLine) })
        let name = #"{"channel":"phone","caller_role":"self","narrative":"x","contact":{"name":"e\#(String(repeating: "\u{332}", count: 200))"}}"#
        let refusedName = try client.post("/v1/calls", json: name)
        #expect(refusedName.status == 400)
        #expect((refusedName.json?["error"] as? [String: Any])?["field"] as? String == "contact.name")
        let pairs = String(repeating: "e\u{332}", count: 65)  // 130 code points, 65 characters
        let refusedPairs = try client.post("/v1/calls", json: UnicodeIntakeTests.body(narrative: "x", externalID: pairs))
        #expect(refusedPairs.status == 400)
        #expect((refusedPairs.json?["error"] as? [String: Any])?["field"] as? String == "external_id")
        let atLimit = String(repeating: "å", count: 128)
        #expect(try client.post("/v1/calls", json: UnicodeIntakeTests.body(narrative: "x", externalID: atLimit)).status == 201)
        #expect((try client.get("/v1/calls").json?["calls"] as? [Any])?.count == 1)
        #expect(try client.get("/v1/health").status == 200)
    }
}
