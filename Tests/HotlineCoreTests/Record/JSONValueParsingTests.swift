import Foundation
import HotlineCore
import Testing

@Suite("JSON parsing")
struct JSONValueParsingTests {
    @Test("values of every type, escapes and surrogate pairs")
    func values() throws {
        let value = try JSONValue.parse(#" {"a": [1, -2, 3.5, 1e2, true, false, null], "s": "tab\t \"q\" \u00e6\ud83d\ude00 ø/"} "#)
        #expect(value == .object([
            "a": .array([.integer(1), .integer(-2), .number(3.5), .number(100), .bool(true), .bool(false), .null]),
            "s": .string("tab\t \"q\" æ😀 ø/"),
        ]))
    }

    @Test("agrees with JSONSerialization on what it accepts")
    func agreesWithFoundation() throws {
        let documents = [
            #"{"channel":"phone","narrative":"Hun siger \"nej\".","subject":{"age":15}}"#, "[]", "{}", "0", "\"x\"",
            #"[1,[2,[3,{"k":[]}]]]"#,
        ]
        for text in documents {
            let ours = try JSONValue.parse(text)
            let data = Data(ours.serialized())
            let reparsed = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
            let original = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            #expect(NSArray(array: [reparsed]) == NSArray(array: [original]), "\(text)")
        }
    }

    @Test("malformed documents are refused", arguments: [
        "", "{", "[1,]", "{\"a\":1,}", "01", "1.", "-", "1e", "tru", "nul", "\"\\x\"", "\"\\ud800\"", "\"a\nb\"",
        "{\"a\":1,\"a\":2}", "[1] 2", "{a:1}", "'s'", "1e999", "\"\\u12\"",
    ])
    func malformed(text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }

    @Test("invalid UTF-8 and over-deep nesting are refused, not crashed on")
    func hostile() {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse([0x22, 0xC3, 0x28, 0x22]) }
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(deep) }
        let fine = String(repeating: "[", count: JSONValue.maximumDepth) + String(repeating: "]", count: JSONValue.maximumDepth)
        #expect(throws: Never.self) { try JSONValue.parse(fine) }
    }
}

@Suite("JSON writing")
struct JSONValueSerializationTests {
    @Test("serialized text parses back to the same value, keys sorted, control characters escaped")
    func roundTrip() throws {
        let value = JSONValue.object([
            "z": .array([.integer(-7), .number(2.5), .bool(false), .null]),
            "a": .string("line\nbreak \"quoted\" back\\slash \u{01} æøå 😀 </tag>"),
            "m": .object([:]),
        ])
        let bytes = value.serialized()
        #expect(try JSONValue.parse(bytes) == value)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix(#"{"a":"line\nbreak \"quoted\" back\\slash \u0001 æøå 😀 </tag>","m":{},"z":"#))
        #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
    }

    @Test("escapes at the very start and end of a string, side by side, and an empty string")
    func escapesAtTheEdges() {
        let cases: [(String, String)] = [
            ("", #""""#),
            ("\t\"x\r\n", #""\t\"x\r\n""#),
            ("\\\\", #""\\\\""#),
            ("\u{1F}a\u{00}", #""\u001fa\u0000""#),
            ("plain", #""plain""#),
        ]
        for (text, expected) in cases {
            #expect(String(decoding: JSONValue.string(text).serialized(), as: UTF8.self) == expected, "\(text.debugDescription)")
        }
    }
}
