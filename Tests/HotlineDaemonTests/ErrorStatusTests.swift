import Foundation
import HotlineClient
import Testing

/// Every error status of the wire contract, provoked against the real daemon, which keeps serving.
@Suite("Error answers")
struct ErrorStatusTests {
    let daemon: DaemonProcess

    init() throws {
        daemon = try DaemonProcess().start()
    }

    private func expectError(
        _ answer: HTTPAnswer, status: Int, code: String, field: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(answer.status == status, "body: \(answer.text)", sourceLocation: sourceLocation)
        #expect(answer.headers["content-type"]?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
        let error = answer.json?["error"] as? [String: Any]
        #expect(error?["code"] as? String == code, "body: \(answer.text)", sourceLocation: sourceLocation)
        #expect((error?["message"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
        if let field {
            #expect(error?["field"] as? String == field, "body: \(answer.text)", sourceLocation: sourceLocation)
        }
    }

    @Test("400 for malformed JSON, invalid UTF-8, wrong types, missing, invalid and unknown fields")
    func badRequests() throws {
        let client = daemon.client()
        expectError(try client.post("/v1/calls", json: "{\"channel\": "), status: 400, code: "malformed_json")
        let invalidUTF8: [UInt8] = Array(#"{"channel":"phone","caller_role":"self","narrative":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        expectError(try client.send("POST", "/v1/calls", body: invalidUTF8), status: 400, code: "invalid_utf8")
        expectError(
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":"ten"}}"#),
            status: 400, code: "wrong_type", field: "subject.age")
        expectError(
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":42}"#),
            status: 400, code: "wrong_type", field: "narrative")
        expectError(
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self"}"#),
            status: 400, code: "missing_field", field: "narrative")
        expectError(
            try client.post("/v1/calls", json: #"{"channel":"fax","caller_role":"self","narrative":"x"}"#),
            status: 400, code: "invalid_field", field: "channel")
        expectError(
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":121}}"#),
            status: 400, code: "invalid_field", field: "subject.age")
        expectError(
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"nationality":"XQ"}}"#),
            status: 400, code: "invalid_field", field: "subject.nationality")
        expectError(
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narative":"x"}"#),
            status: 400, code: "unknown_field", field: nil)
        expectError(
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","contact":{"nmae":"A"}}"#),
            status: 400, code: "unknown_field", field: "contact")
        expectError(
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","received_at":"yesterday"}"#),
            status: 400, code: "invalid_field", field: "received_at")
        expectError(try client.post("/v1/calls", json: "[1,2]"), status: 400, code: "wrong_type")
        expectError(try client.get("/v1/calls?colour=red"), status: 400, code: "unknown_field", field: nil)
        expectError(try client.get("/v1/calls?limit=0"), status: 400, code: "invalid_field", field: "limit")
        expectError(try client.get("/v1/calls?cursor=bogus"), status: 400, code: "invalid_field", field: "cursor")
        #expect(try client.get("/v1/calls?cursor=").status == 200, "an empty cursor is the first page")
        // A key or parameter name can itself be personal data: no error repeats one.
        for answer in [
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","Kirsten-Holm-22":1}"#),
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"Kirsten-Holm-22":1}}"#),
            try client.post("/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","checklist":{"Kirsten-Holm-22":"yes"}}"#),
            try client.get("/v1/calls?Kirsten-Holm-22=1"),
        ] {
            #expect(answer.status == 400)
            #expect(!answer.text.contains("Kirsten"), "body: \(answer.text)")
        }
        #expect(try client.get("/v1/health").status == 200)
    }

    @Test("404 for unknown calls and paths, 405 with Allow for wrong methods")
    func notFoundAndMethod() throws {
        let client = daemon.client()
        expectError(try client.get("/v1/calls/424242"), status: 404, code: "not_found")
        expectError(try client.get("/v1/calls/abc"), status: 404, code: "not_found")
        expectError(try client.get("/v2/whatever"), status: 404, code: "not_found")
        let delete = try client.send("DELETE", "/v1/calls", body: nil, contentType: nil)
        expectError(delete, status: 405, code: "method_not_allowed")
        #expect(delete.headers["allow"] == "GET, POST")
        expectError(try client.send("POST", "/v1/health", body: Array("{}".utf8)), status: 405, code: "method_not_allowed")
    }

    @Test("409 for a different record under a stored external_id")
    func conflict() throws {
        let client = daemon.client()
        #expect(try client.post("/v1/calls", json: sampleRecord(externalID: "conflict-1")).status == 201)
        let answer = try client.post("/v1/calls", json: sampleRecord(externalID: "conflict-1", narrative: "Another call entirely."))
        expectError(answer, status: 409, code: "conflict", field: "external_id")
    }

    @Test("413 for a body over the limit, 415 for a body that is not JSON, 422 for a contradiction")
    func limitsAndMediaType() throws {
        let client = daemon.client()
        let huge = sampleRecord(narrative: String(repeating: "a", count: 300 * 1024))
        expectError(try client.post("/v1/calls", json: huge), status: 413, code: "body_too_large")
        // The narrative limit (64 KiB) is below the body limit: a 400 naming the field.
        let long = sampleRecord(narrative: String(repeating: "b", count: 65 * 1024))
        expectError(try client.post("/v1/calls", json: long), status: 400, code: "invalid_field", field: "narrative")
        let text = try client.send("POST", "/v1/calls", body: Array(sampleRecord().utf8), contentType: "text/plain")
        expectError(text, status: 415, code: "unsupported_media_type")
        let noType = try client.send("POST", "/v1/calls", body: Array(sampleRecord().utf8), contentType: nil)
        expectError(noType, status: 415, code: "unsupported_media_type")
        expectError(
            try client.post(
                "/v1/calls", json: #"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":15,"age_group":"adult"}}"#),
            status: 422, code: "invalid_field", field: "subject.age_group")
        #expect(try daemon.client().get("/v1/health").status == 200)
    }
}
