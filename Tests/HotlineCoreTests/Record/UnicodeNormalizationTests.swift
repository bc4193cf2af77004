import Foundation
import HotlineCore
import Testing

/// Every text a client sends is kept in Unicode Normalization Form C, whichever form it arrived in.
@Suite("Unicode normalization at intake")
struct UnicodeNormalizationTests {
    let parser = CallSubmissionParser()

    /// The code points of a text: Swift's `==` on strings ignores the normalization form, these do not.
    func scalars(_ text: String?) -> [UInt32]? { text.map { $0.unicodeScalars.map(\.value) } }

    /// A JSON document with every free-text field set to text built from `word`.
    func body(_ word: String) -> String {
        #"""
        {"external_id":"sag-\#(word)","channel":"phone","caller_role":"third_party",
         "narrative":"En 15-\#(word)rig pige bor på en gård ved Århus.","operator":"\#(word)B",
         "subject":{"location":{"municipality":"\#(word)rhus","region":"Midtjylland \#(word)"}},
         "contact":{"name":"\#(word)se \#(word)gård","phone":"+45 \#(word)","email":"\#(word)se@example.dk"}}
        """#
    }

    @Test("decomposed text (a + U+030A) becomes the precomposed å in every free-text field")
    func everyTextFieldIsNFC() throws {
        let nfc = try parser.parse(Array(body("å").utf8))
        let nfd = try parser.parse(Array(body("a\u{30A}").utf8))
        for submission in [nfc, nfd] {
            #expect(scalars(submission.narrative) == scalars("En 15-årig pige bor på en gård ved Århus."))
            #expect(scalars(submission.externalID) == scalars("sag-å"))
            #expect(scalars(submission.operator) == scalars("åB"))
            #expect(scalars(submission.subject?.location?.municipality) == scalars("århus"))
            #expect(scalars(submission.subject?.location?.region) == scalars("Midtjylland å"))
            #expect(scalars(submission.contact?.name) == scalars("åse ågård"))
            #expect(scalars(submission.contact?.phone) == scalars("+45 å"))
            #expect(scalars(submission.contact?.email) == scalars("åse@example.dk"))
        }
        // Code point by code point, not just canonically equivalent: the store and the triage see these.
        #expect(nfc.narrative.utf8.elementsEqual(nfd.narrative.utf8))
        #expect(nfc.externalID?.utf8.elementsEqual(nfd.externalID?.utf8 ?? "".utf8) == true)
    }

    @Test("other decompositions and singletons are composed too; NFC and plain ASCII pass unchanged")
    func otherForms() throws {
        func narrative(_ text: String) throws -> [UInt32]? {
            scalars(try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"\#(text)"}"#.utf8)).narrative)
        }
        #expect(try narrative("Caf\u{65}\u{301} \u{212B}ngstr\u{F6}m") == scalars("Caf\u{E9} \u{C5}ngstr\u{F6}m"))  // e+acute, Ångström sign
        #expect(try narrative("Z\u{FC}rich") == scalars("Z\u{FC}rich"))
        #expect(try narrative("He keeps my passport.") == scalars("He keeps my passport."))
    }

    @Test("a narrative that is over the byte limit only in its decomposed form is measured as NFC")
    func limitMeasuredOnNFC() throws {
        // 30,000 × "å": 60,000 bytes as NFC (under 64 KiB), 90,000 bytes as a + U+030A.
        let nfd = String(repeating: "a\u{30A}", count: 30_000)
        let submission = try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"\#(nfd)"}"#.utf8))
        #expect(submission.narrative.utf8.count == 60_000)
    }
}
