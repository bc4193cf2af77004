import Foundation
import HotlineCore
import Testing

/// Character limits count Unicode code points (JSON Schema's `maxLength`), not grapheme clusters:
/// "e" followed by thousands of combining marks is one Character but thousands of code points.
@Suite("Length limits in code points")
struct LengthLimitTests {
    let parser = CallSubmissionParser()

    func expectRefusal(_ json: String, field: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation, performing: { try parser.parse(Array(json.utf8)) }, throws: { error in
            guard let error = error as? RecordValidationError else { return false }
            return error.code == .invalidField && error.field == field
        })
    }

    /// One grapheme cluster of `marks + 1` code points, in NFC already: "e" and combining low lines,
    /// which compose with nothing.
    static func stacked(_ marks: Int) -> String { "e" + String(repeating: "\u{332}", count: marks) }

    /// `codePoints` code points in NFC as characters of two ("e" with a low line), plus an "e" when
    /// odd: half as many characters as code points, each of an ordinary size.
    static func pairs(_ codePoints: Int) -> String {
        String(repeating: "e\u{332}", count: codePoints / 2) + (codePoints % 2 == 1 ? "e" : "")
    }

    @Test("external_id: at most 128 code points, however few characters they make")
    func externalID() throws {
        let zalgo = Self.stacked(20_000)
        #expect(zalgo.count == 1)
        expectRefusal(#"{"external_id":"\#(zalgo)","channel":"phone","caller_role":"self","narrative":"x"}"#, field: "external_id")
        let tooMany = Self.pairs(129)  // 65 characters
        #expect(tooMany.count == 65)
        expectRefusal(#"{"external_id":"\#(tooMany)","channel":"phone","caller_role":"self","narrative":"x"}"#, field: "external_id")
        let limit = Self.pairs(128)
        let submission = try parser.parse(Array(#"{"external_id":"\#(limit)","channel":"phone","caller_role":"self","narrative":"x"}"#.utf8))
        #expect(submission.externalID?.unicodeScalars.count == 128)
    }

    @Test("operator, contact and location fields count code points too", arguments: [
        ("operator", 16), ("contact.name", 200), ("contact.phone", 40), ("contact.email", 254),
        ("subject.location.municipality", 100), ("subject.location.region", 100),
    ])
    func otherFields(field: String, limit: Int) throws {
        func body(_ text: String) -> String {
            let path = field.split(separator: ".").map(String.init)
            var json = #""\#(path.last!)":"\#(text)""#
            for key in path.dropLast().reversed() { json = #""\#(key)":{\#(json)}"# }
            return #"{"channel":"phone","caller_role":"self","narrative":"x",\#(json)}"#
        }
        expectRefusal(body(Self.pairs(limit + 1)), field: field)  // about limit / 2 characters
        expectRefusal(body(Self.stacked(5_000)), field: field)  // 1 character
        #expect(throws: Never.self) { try parser.parse(Array(body(Self.pairs(limit)).utf8)) }  // exactly the limit
    }

    @Test("a precomposed letter is one code point; its decomposed form is composed before counting")
    func composedBeforeCounting() throws {
        let precomposed = String(repeating: "å", count: 128)
        let decomposed = String(repeating: "a\u{30A}", count: 128)  // 256 code points as sent, 128 as NFC
        for id in [precomposed, decomposed] {
            let submission = try parser.parse(Array(#"{"external_id":"\#(id)","channel":"phone","caller_role":"self","narrative":"x"}"#.utf8))
            #expect(submission.externalID?.unicodeScalars.count == 128)
        }
    }
}
