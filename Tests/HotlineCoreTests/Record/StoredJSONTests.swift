import Foundation
import HotlineCore
import Testing

/// A call's answer is written with its stored triage text spliced in (``CallRecord/serializedJSON(into:)``);
/// it must be byte for byte what serializing the whole tree gives, and stored text that is not JSON
/// must be refused when read back.
@Suite("Stored triage text")
struct StoredJSONTests {
    static let bodies = [
        #"{"channel":"phone","caller_role":"self","narrative":"Han har ikke sit pas. \"Chefen\" har det.\n"}"#,
        #"""
        {"external_id":"k-1","received_at":"2026-01-02T03:04:05.678+02:00","channel":"in_person","language":"da",
         "caller_role":"third_party","narrative":"Hun er 15 år og må ikke gå ud.","checklist":{"coercion.violence":"yes"},
         "subject":{"age":15,"age_group":"child","gender":"female","nationality":"RO","location":{"municipality":"Vejle"}},
         "sector":"domestic_work","contact":{"name":"N","phone":"1"},"operator":"XY"}
        """#,
    ]

    static func records() throws -> [CallRecord] {
        let parser = CallSubmissionParser()
        var records: [CallRecord] = []
        for (index, body) in bodies.enumerated() {
            let submission = try parser.parse(Array(body.utf8))
            let result = Fixtures.assess(submission.narrative, language: submission.language?.rawValue)
            for triage in [nil, result.json] {
                for peer in [nil, PeerIdentity(uid: 1000, gid: 1000, pid: 42, user: index == 0 ? nil : "operatør")] {
                    records.append(CallRecord(
                        id: Int64(index + 1), receivedAt: Date(timeIntervalSince1970: 1_790_000_000.25),
                        receivedAtWasDefaulted: index == 0, storedAt: Date(timeIntervalSince1970: 1_790_000_001),
                        status: .new, submission: submission, postedBy: peer, triage: triage))
                }
            }
        }
        return records
    }

    @Test("the spliced answer is exactly the serialized tree, with and without triage and peer")
    func splicedEqualsTree() throws {
        let records = try Self.records()
        #expect(records.contains { $0.storedTriage != nil })
        for record in records {
            var spliced: [UInt8] = []
            record.serializedJSON(into: &spliced)
            #expect(spliced == record.json.serialized())
            #expect(try JSONValue.parse(spliced) == record.json)
        }
    }

    @Test("stored text reads back only when it is well-formed JSON")
    func validation() throws {
        let whole = try #require(try Self.records().compactMap(\.storedTriage).first).bytes
        #expect(StoredJSON(validating: whole)?.bytes == whole)
        #expect(StoredJSON(validating: whole)?.value == (try JSONValue.parse(whole)))
        let damaged: [[UInt8]] = [
            Array(whole.dropLast()),  // cut short
            Array(whole.dropFirst()),
            whole + Array("}".utf8),  // trailing text
            Array(whole[..<(whole.count / 2)]),
            whole.map { $0 == UInt8(ascii: ":") ? UInt8(ascii: ";") : $0 },
            whole.map { $0 == UInt8(ascii: "\"") ? UInt8(ascii: "'") : $0 },
            Array(#"{"a":"\x"}"#.utf8),  // bad escape
            Array(#"{"a":"\u12G4"}"#.utf8),
            [UInt8(ascii: "\""), 0xC3, 0x28, UInt8(ascii: "\"")],  // invalid UTF-8
            Array(#"{"a":01}"#.utf8),
            Array(#"{"a":1.}"#.utf8),
            Array(#"{"a":tru}"#.utf8),
            Array(#"{"a" 1}"#.utf8),
            Array(#"[1,]"#.utf8),
            Array("\"a\tb\"".utf8),  // control character inside a string
            Array(repeating: UInt8(ascii: "["), count: JSONValue.maximumDepth + 1) + Array(repeating: UInt8(ascii: "]"), count: JSONValue.maximumDepth + 1),
            [],
        ]
        for bytes in damaged {
            #expect(StoredJSON(validating: bytes) == nil, "accepted \(String(decoding: bytes, as: UTF8.self))")
            // The checker agrees with the full parser on every refusal.
            #expect((try? JSONValue.parse(bytes)) == nil)
        }
        for good in [#"{"a":[1,-2.5e+3,true,false,null,"\u00e6\n"],"b":{}}"#, "[]", " 0 ", #""x""#] {
            #expect(StoredJSON(validating: Array(good.utf8)) != nil, "refused \(good)")
        }
    }
}
