import Foundation
import HotlineClient
import Testing

/// Text in either Unicode normalization form is stored and triaged as NFC, against the real daemon.
@Suite("Unicode at intake")
struct UnicodeIntakeTests {
    /// A Danish call about a 15-year-old girl: "å" occurs in the age phrase the minor flag depends on.
    static let narrative =
        "Jeg ringer om en 15-årig pige fra Nigeria. Hun bor hos en mand på Amager, som har taget hendes pas. "
        + "Hun må ikke gå ud alene, skal arbejde hver nat og siger at hun skylder ham penge for rejsen."

    static func body(narrative: String, externalID: String) -> String {
        #"{"external_id":"\#(externalID)","channel":"phone","caller_role":"professional","narrative":"\#(narrative)"}"#
    }

    static func codePoints(_ value: Any?) -> [UInt32]? { (value as? String).map { $0.unicodeScalars.map(\.value) } }

    /// The JSON text of a value, keys sorted: compares triage answers exactly.
    static func canonical(_ value: Any?) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: try #require(value), options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    @Test("an NFD narrative (a + U+030A) is stored byte-identical to the NFC one and triaged the same, minor flag included")
    func decomposedNarrative() throws {
        let nfc = Self.narrative.precomposedStringWithCanonicalMapping
        let nfd = Self.narrative.decomposedStringWithCanonicalMapping
        try #require(!nfc.utf8.elementsEqual(nfd.utf8))
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let composed = try client.post("/v1/calls", json: Self.body(narrative: nfc, externalID: "nfc-1"))
        let decomposed = try client.post("/v1/calls", json: Self.body(narrative: nfd, externalID: "nfd-1"))
        #expect(composed.status == 201, "\(composed.text)")
        #expect(decomposed.status == 201, "\(decomposed.text)")

        let ringAbove: [UInt8] = [0xCC, 0x8A]  // U+030A in UTF-8
        for answer in [composed, decomposed] {
            let id = try #require(answer.json?["id"] as? Int)
            let stored = try client.get("/v1/calls/\(id)")
            #expect(stored.status == 200)
            #expect(Self.codePoints(stored.json?["narrative"]) == Self.codePoints(nfc))
            #expect(!stored.body.indices.contains { stored.body[$0...].starts(with: ringAbove) }, "the stored record has a combining ring")
        }
        let nfcTriage = try #require(composed.json?["triage"] as? [String: Any])
        let nfdTriage = try #require(decomposed.json?["triage"] as? [String: Any])
        #expect((nfcTriage["flags"] as? [String])?.contains("minor") == true, "\(nfcTriage)")
        #expect(nfdTriage["band"] as? String == nfcTriage["band"] as? String)
        #expect(nfdTriage["flags"] as? [String] == nfcTriage["flags"] as? [String])
        #expect(nfdTriage["score"] as? Int == nfcTriage["score"] as? Int)
        // Every indicator with its evidence offsets, which count code points of the stored narrative.
        #expect(try Self.canonical(nfdTriage) == Self.canonical(nfcTriage))
    }

    @Test("an external_id sent decomposed is the same id as its precomposed form: a retry, not a second record")
    func decomposedExternalID() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let first = try client.post("/v1/calls", json: Self.body(narrative: "Opkald fra Århus.", externalID: "sag-år-7"))
        let retry = try client.post(
            "/v1/calls", json: Self.body(narrative: "Opkald fra A\u{30A}rhus.", externalID: "sag-a\u{30A}r-7"))
        #expect(first.status == 201, "\(first.text)")
        #expect(retry.status == 200, "\(retry.text)")
        #expect(retry.json?["id"] as? Int == first.json?["id"] as? Int)
        #expect(Self.codePoints(retry.json?["external_id"]) == Self.codePoints("sag-år-7"))
        #expect((try client.get("/v1/calls").json?["calls"] as? [Any])?.count == 1)
    }

    @Test("operator, contact and location are stored in NFC too")
    func otherFields() throws {
        let daemon = try DaemonProcess().start()
        let a = "a\u{30A}"
        let body = #"""
            {"channel":"phone","caller_role":"third_party","narrative":"Kort opkald.","operator":"\#(a)B",
             "subject":{"location":{"municipality":"\#(a)rhus","region":"Midtjylland"}},
             "contact":{"name":"\#(a)se Bl\#(a)","phone":"+45 11 22 33 44","email":"\#(a)se@example.dk"}}
            """#
        let answer = try daemon.client().post("/v1/calls", json: body)
        #expect(answer.status == 201, "\(answer.text)")
        let record = try #require(try daemon.client().get("/v1/calls/\(answer.json?["id"] as? Int ?? 0)").json)
        #expect(Self.codePoints(record["operator"]) == Self.codePoints("åB"))
        let location = (record["subject"] as? [String: Any])?["location"] as? [String: Any]
        #expect(Self.codePoints(location?["municipality"]) == Self.codePoints("århus"))
        let contact = record["contact"] as? [String: Any]
        #expect(Self.codePoints(contact?["name"]) == Self.codePoints("åse Blå"))
        #expect(Self.codePoints(contact?["email"]) == Self.codePoints("åse@example.dk"))
    }

    @Test("a narrative of 240 KB of stacked combining marks gets a quick 400, and the daemon keeps serving")
    func combiningMarkPile() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let marks = "e" + String(repeating: "\u{301}\u{316}", count: 60_000)
        let start = Date()
        let answer = try client.post("/v1/calls", json: Self.body(narrative: marks, externalID: "pile-1"))
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(answer.status == 400, "\(answer.text.prefix(200))")
        #expect((answer.json?["error"] as? [String: Any])?["field"] as? String == "narrative")
        #expect(try client.post("/v1/calls", json: Self.body(narrative: Self.narrative, externalID: "after-pile")).status == 201)
    }
}
