import Foundation
import HotlineCore
import Testing

/// A character (grapheme cluster) of more than 32 code points is refused before it is normalized:
/// putting a long run of combining marks into NFC takes time quadratic in the run.
@Suite("Character size limit")
struct CharacterSizeLimitTests {
    let parser = CallSubmissionParser()

    func refusal(_ json: String) -> RecordValidationError? {
        do {
            _ = try parser.parse(Array(json.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test("240 KB of alternating combining marks is refused at once, not normalized for seconds")
    func hostileRun() throws {
        let marks = "e" + String(repeating: "\u{301}\u{316}", count: 60_000)
        let start = ContinuousClock.now
        let error = try #require(refusal(#"{"channel":"phone","caller_role":"self","narrative":"\#(marks)"}"#))
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(error.code == .invalidField)
        #expect(error.field == "narrative")
        #expect(!error.message.contains("\u{301}"))
    }

    @Test("every string field is checked, and the limit is 32 code points per character", arguments: [
        "narrative", "external_id", "subject.location.region", "contact.name",
    ])
    func limit(field: String) throws {
        func body(_ text: String) -> String {
            let path = field.split(separator: ".").map(String.init)
            var json = #""\#(path.last!)":"\#(text)""#
            for key in path.dropLast().reversed() { json = #""\#(key)":{\#(json)}"# }
            let narrative = field == "narrative" ? "" : #""narrative":"x","#
            return #"{\#(narrative)"channel":"phone","caller_role":"self",\#(json)}"#
        }
        let longest = "e" + String(repeating: "\u{332}", count: 31)  // 32 code points
        #expect(refusal(body(longest)) == nil)
        let tooLong = longest + "\u{332}"
        #expect(refusal(body(tooLong))?.field == field)
        // ccc-0 marks that decompose into two combining marks (Tibetan vowel signs) count too.
        #expect(refusal(body("\u{F40}" + String(repeating: "\u{F73}", count: 40)))?.field == field)
    }

    @Test("real text passes: accents, Devanagari, Hangul, emoji sequences, CR LF")
    func realText() throws {
        let text = "Åse Ørsted, Café, नमस्ते, 한국어, \u{1100}\u{1161}\u{11A8}, 👨‍👩‍👧‍👦, 🏴󠁧󠁢󠁳󠁣󠁴󠁿, 🇩🇰, line\\r\\nbreak"
        let submission = try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"\#(text)"}"#.utf8))
        #expect(submission.narrative.contains("한국어"))
    }
}
