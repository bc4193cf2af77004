import Foundation
import HotlineCore
import Testing

@Suite("Call submission parser")
struct CallSubmissionParserTests {
    let parser = CallSubmissionParser()

    func parse(_ json: String) throws(RecordValidationError) -> CallSubmission {
        try parser.parse(Array(json.utf8))
    }

    func expectRefusal(_ json: String, code: RecordValidationError.Code, field: String?, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation, performing: { _ = try parse(json) }, throws: { error in
            guard let error = error as? RecordValidationError else { return false }
            return error.code == code && error.field == field
        })
    }

    @Test("a minimal record needs channel, caller_role and narrative")
    func minimal() throws {
        let submission = try parse(#"{"channel":"phone","caller_role":"self","narrative":"x"}"#)
        #expect(submission.channel == .phone)
        #expect(submission.callerRole == .self)
        #expect(submission.narrative == "x")
        #expect(submission.receivedAt == nil)
        expectRefusal(#"{"caller_role":"self","narrative":"x"}"#, code: .missingField, field: "channel")
        expectRefusal(#"{"channel":"phone","narrative":"x"}"#, code: .missingField, field: "caller_role")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":""}"#, code: .invalidField, field: "narrative")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":null}"#, code: .missingField, field: "narrative")
    }

    @Test("every field of a full record is read")
    func full() throws {
        let submission = try parse(#"""
            {"external_id":"abc","received_at":"2026-01-02T03:04:05.678+02:00","channel":"in_person","language":"da",
             "caller_role":"third_party","narrative":"n","checklist":{"a":"yes","b":"no","c":"unknown"},
             "subject":{"age":16,"age_group":"child","gender":"transgender","nationality":"DK","location":{"municipality":"Vejle","region":"Syddanmark"}},
             "sector":"domestic_work","contact":{"name":"N","phone":"1","email":"e@x"},"operator":"XY"}
            """#)
        #expect(submission.externalID == "abc")
        #expect(submission.receivedAt.map(RFC3339.format) == "2026-01-02T01:04:05.678Z")
        #expect(submission.channel == .inPerson)
        #expect(submission.language == .danish)
        #expect(submission.checklist == ["a": .yes, "b": .no, "c": .unknown])
        #expect(submission.subject == Subject(age: 16, ageGroup: .child, gender: .transgender, nationality: "DK",
                                             location: .init(municipality: "Vejle", region: "Syddanmark")))
        #expect(submission.sector == .domesticWork)
        #expect(submission.contact == Contact(name: "N", phone: "1", email: "e@x"))
        #expect(submission.operator == "XY")
    }

    @Test("unknown fields are refused at every level, naming the object that holds them")
    func unknownFields() {
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","notes":"y"}"#, code: .unknownField, field: nil)
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"agee":3}}"#, code: .unknownField, field: "subject")
        expectRefusal(
            #"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"location":{"city":"A"}}}"#,
            code: .unknownField, field: "subject.location")
    }

    @Test("an unknown key is never repeated, but a near allowed name is offered")
    func unknownKeysNotEchoed() {
        let key = "Ragnhild-Oksbjerg-phone"
        #expect(performing: { try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"x","\#(key)":1}"#.utf8)) },
                throws: { !"\($0)".contains(key) && ($0 as? RecordValidationError)?.message.contains("Did you mean") == false })
        #expect(performing: { try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narative":"x"}"#.utf8)) },
                throws: { ($0 as? RecordValidationError)?.message.contains("Did you mean 'narrative'?") == true })
        #expect(performing: { try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"x","contact":{"nmae":"A"}}"#.utf8)) },
                throws: { ($0 as? RecordValidationError)?.message.contains("Did you mean 'name'?") == true })
    }

    @Test("null on an optional field is read as absent; on a required field it is missing")
    func nullIsAbsent() throws {
        let submission = try parse(#"""
            {"external_id":null,"received_at":null,"channel":"phone","language":null,"caller_role":"self","narrative":"n",
             "checklist":null,"subject":{"age":null,"age_group":null,"gender":null,"nationality":null,"location":null},
             "sector":null,"contact":{"name":null,"phone":null,"email":null},"operator":null}
            """#)
        #expect(submission.externalID == nil && submission.receivedAt == nil && submission.language == nil)
        #expect(submission.checklist == nil && submission.sector == nil && submission.operator == nil)
        #expect(submission.subject == Subject())
        #expect(submission.contact == Contact(name: nil, phone: nil, email: nil))
        expectRefusal(#"{"channel":null,"caller_role":"self","narrative":"x"}"#, code: .missingField, field: "channel")
    }

    @Test("nationality is an assigned upper-case code, as the spec's enum lists")
    func nationalityEnum() {
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"nationality":"dk"}}"#, code: .invalidField, field: "subject.nationality")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"nationality":"AA"}}"#, code: .invalidField, field: "subject.nationality")
        #expect(throws: Never.self) { try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"nationality":"NO"}}"#.utf8)) }
    }

    @Test("wrong JSON types name the field")
    func wrongTypes() throws {
        expectRefusal(#"{"channel":1,"caller_role":"self","narrative":"x"}"#, code: .wrongType, field: "channel")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":[]}"#, code: .wrongType, field: "subject")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":15.5}}"#, code: .wrongType, field: "subject.age")
        // JSON Schema's integer: a number without a fraction is one, however it is written.
        #expect(try parse(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":13.0}}"#).subject?.age == 13)
        #expect(try parse(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":1.3e1}}"#).subject?.age == 13)
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","checklist":{"a":true}}"#, code: .wrongType, field: "checklist.a")
        expectRefusal(#""just a string""#, code: .wrongType, field: nil)
    }

    @Test("limits and vocabularies")
    func limits() {
        let longID = String(repeating: "i", count: 129)
        expectRefusal(#"{"external_id":"\#(longID)","channel":"phone","caller_role":"self","narrative":"x"}"#, code: .invalidField, field: "external_id")
        expectRefusal(#"{"external_id":"","channel":"phone","caller_role":"self","narrative":"x"}"#, code: .invalidField, field: "external_id")
        let narrative = String(repeating: "ø", count: 32 * 1024 + 1)  // 2 bytes each: just over 64 KiB
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"\#(narrative)"}"#, code: .invalidField, field: "narrative")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","language":"sv"}"#, code: .invalidField, field: "language")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","sector":"mining"}"#, code: .invalidField, field: "sector")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","checklist":{"a":"maybe"}}"#, code: .invalidField, field: "checklist.a")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","operator":"TOO-LONG-INITIALS"}"#, code: .invalidField, field: "operator")
        expectRefusal(#"{"channel":"phone","caller_role":"self","narrative":"x","received_at":"2026-02-30T00:00:00Z"}"#, code: .invalidField, field: "received_at")
    }

    @Test("checklist ids are checked against the catalog")
    func checklistIDs() throws {
        let parser = CallSubmissionParser(isKnownIndicator: { $0 == "known" })
        #expect(throws: Never.self) { try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"x","checklist":{"known":"yes"}}"#.utf8)) }
        #expect(performing: {
            try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"x","checklist":{"other":"yes"}}"#.utf8))
        }, throws: { ($0 as? RecordValidationError)?.field == "checklist" && !"\($0)".contains("other") })
        // An unknown id is reported before a wrong answer under another key, so it is never named.
        #expect(performing: {
            try parser.parse(Array(#"{"channel":"phone","caller_role":"self","narrative":"x","checklist":{"known":1,"Kim-Larsen":"yes"}}"#.utf8))
        }, throws: { ($0 as? RecordValidationError)?.field == "checklist" && !"\($0)".contains("Kim") })
    }

    @Test("malformed JSON and invalid UTF-8")
    func malformed() {
        #expect(performing: { try parser.parse(Array("{".utf8)) }, throws: { ($0 as? RecordValidationError)?.code == .malformedJSON })
        #expect(performing: { try parser.parse([0x7B, 0xFF, 0x7D]) }, throws: { ($0 as? RecordValidationError)?.code == .invalidUTF8 })
    }

    @Test("error messages never quote the submitted value")
    func noValuesInMessages() {
        let secret = "Zxq-SECRET-771"
        for body in [
            #"{"channel":"\#(secret)","caller_role":"self","narrative":"x"}"#,
            #"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"nationality":"\#(secret)"}}"#,
            #"{"channel":"phone","caller_role":"self","narrative":"x","received_at":"\#(secret)"}"#,
        ] {
            #expect(performing: { try parser.parse(Array(body.utf8)) }, throws: { !"\($0)".contains(secret) })
        }
    }

    @Test("a retry matches the stored submission; a server-stamped time matches an absent one")
    func retries() throws {
        let original = try parse(#"{"external_id":"e","channel":"phone","caller_role":"self","narrative":"x"}"#)
        var stored = original
        stored.receivedAt = Date()
        #expect(original.isRetry(of: stored, storedReceivedAtWasDefaulted: true))
        #expect(!original.isRetry(of: stored, storedReceivedAtWasDefaulted: false))
        var changed = original
        changed.narrative = "y"
        #expect(!changed.isRetry(of: stored, storedReceivedAtWasDefaulted: true))
    }

    @Test("an age and an age group that disagree are an inconsistency")
    func inconsistency() throws {
        #expect(try parse(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":15,"age_group":"adult"}}"#).inconsistency?.field == "subject.age_group")
        #expect(try parse(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":30,"age_group":"child"}}"#).inconsistency != nil)
        #expect(try parse(#"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":17,"age_group":"child"}}"#).inconsistency == nil)
    }
}

@Suite("RFC 3339")
struct RFC3339Tests {
    @Test("valid forms parse to the same instant", arguments: [
        "2026-11-29T15:00:00Z", "2026-11-29t15:00:00z", "2026-11-29T16:00:00+01:00", "2026-11-29T10:30:00-04:30",
        "2026-11-29T15:00:00.000Z", "2026-11-29T15:00:00.000000001Z",
    ])
    func valid(text: String) {
        #expect(RFC3339.parse(text).map(RFC3339.format) == "2026-11-29T15:00:00.000Z")
    }

    @Test("invalid dates and forms are refused", arguments: [
        "2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-29 15:00:00Z", "2026-11-29T24:00:00Z",
        "2026-11-29T15:00:00", "2026-11-29T15:00:00+1:00", "2026-11-29T15:60:00Z", "yesterday", "2026-11-29T15:00:00.Z",
    ])
    func invalid(text: String) {
        #expect(RFC3339.parse(text) == nil)
    }

    @Test("milliseconds round to the nearest and leap days are real")
    func milliseconds() {
        #expect(RFC3339.parse("2026-01-02T03:04:05.678+02:00").map(RFC3339.format) == "2026-01-02T01:04:05.678Z")
        #expect(RFC3339.parse("2024-02-29T23:59:59.9995Z").map(RFC3339.format) == "2024-03-01T00:00:00.000Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
    }
}
