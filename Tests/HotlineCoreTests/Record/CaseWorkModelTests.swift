import HotlineCore
import Testing

@Suite("Case work: lifecycle and change bodies")
struct CaseWorkModelTests {
    @Test("the workflow's moves, and none other")
    func lifecycle() {
        #expect(CallLifecycle.next(from: .new) == [.inProgress, .closed])
        #expect(CallLifecycle.next(from: .inProgress) == [.referred, .closed])
        #expect(CallLifecycle.next(from: .referred) == [.inProgress, .closed])
        #expect(CallLifecycle.next(from: .closed) == [.inProgress])
        for from in CallStatus.allCases {
            #expect(!CallLifecycle.allows(from: from, to: .new), "nothing goes back to new")
            #expect(!CallLifecycle.allows(from: from, to: from), "no move to itself")
        }
        #expect(!CallLifecycle.allows(from: .new, to: .referred), "a call is worked before it is referred")
    }

    let parser = CallChangeParser()
    func parse(_ json: String) throws(RecordValidationError) -> CallChange { try parser.parse(Array(json.utf8)) }
    func refusal(_ json: String) -> RecordValidationError? {
        do { _ = try parse(json); return nil } catch { return error }
    }

    @Test("a change body is read strictly")
    func parsing() throws {
        #expect(try parse(#"{"status":"in_progress"}"#) == CallChange(status: .inProgress))
        #expect(try parse(#"{"status":"closed","reason":"duplicate"}"#) == CallChange(status: .closed, reason: .duplicate))
        #expect(try parse(#"{"assigned_to":"Operatør 7"}"#) == CallChange(assignedTo: .some("Operatør 7")))
        #expect(try parse(#"{"assigned_to":null}"#) == CallChange(assignedTo: .some(nil)))
        #expect(try parse(#"{"assigned_to":"A\#u{030A}se"}"#).assignedTo == .some("\u{00C5}se"), "stored in NFC")

        #expect(refusal(#"{"status":"closed"}"#)?.field == "reason")
        #expect(refusal(#"{"status":"in_progress","reason":"other"}"#)?.field == "reason")
        #expect(refusal(#"{"status":"done"}"#)?.code == .invalidField)
        #expect(refusal(#"{"status":3}"#)?.code == .wrongType)
        #expect(refusal(#"{"status":null,"assigned_to":"op-1"}"#)?.code == .wrongType, "status is never null")
        #expect(refusal(#"{"status":"closed","reason":null}"#)?.code == .wrongType)
        #expect(refusal(#"{}"#)?.code == .missingField)
        #expect(refusal(#"{"reason":"other"}"#)?.code == .missingField)
        #expect(refusal(#"{"assigned_to":""}"#)?.code == .invalidField)
        #expect(refusal(#"{"assigned_to":"\#(String(repeating: "x", count: 65))"}"#)?.code == .invalidField)
        #expect(refusal(#"{"assigned_to":"a\u0007b"}"#)?.code == .invalidField)
        #expect(refusal("[1]")?.code == .wrongType)
        #expect(refusal("{").map(\.code) == .malformedJSON)
        let unknown = try #require(refusal(#"{"stauts":"closed","secret-name":1}"#))
        #expect(unknown.code == .unknownField)
        #expect(!unknown.message.contains("secret-name") && !unknown.message.contains("stauts"), "keys are never repeated")
    }

    @Test("a deadline set by hand needs a reason from the closed list; null gives it back to the policy")
    func deadlines() throws {
        let set = try parse(#"{"due_at":"2026-12-05T09:30:00+01:00","due_reason":"callback_arranged"}"#)
        #expect(set.dueAt == .some(RFC3339.parse("2026-12-05T08:30:00Z")))
        #expect(set.dueReason == .callbackArranged)
        #expect(try parse(#"{"due_at":null}"#).dueAt == .some(nil))
        let both = try parse(#"{"status":"in_progress","due_at":"2026-12-05T08:30:00Z","due_reason":"escalated"}"#)
        #expect(both.status == .inProgress && both.dueReason == .escalated)

        #expect(refusal(#"{"due_at":"2026-12-05T08:30:00Z"}"#)?.field == "due_reason", "a date needs a reason")
        #expect(refusal(#"{"due_at":null,"due_reason":"other"}"#)?.field == "due_reason", "a reason goes with a date only")
        #expect(refusal(#"{"status":"in_progress","due_reason":"other"}"#)?.field == "due_reason")
        #expect(refusal(#"{"due_at":"tomorrow","due_reason":"other"}"#)?.field == "due_at")
        #expect(refusal(#"{"due_at":"2026-12-05T08:30:00","due_reason":"other"}"#)?.field == "due_at", "a time zone is required")
        #expect(refusal(#"{"due_at":17,"due_reason":"other"}"#)?.code == .wrongType)
        #expect(refusal(#"{"due_at":"2026-12-05T08:30:00Z","due_reason":"because"}"#)?.code == .invalidField)
    }

    @Test("note, referral and outcome bodies are read as strictly as a change")
    func caseBodies() throws {
        let bodies = CaseBodyParser()
        func refused(_ read: () throws -> Void) -> RecordValidationError? {
            do { try read(); return nil } catch { return error as? RecordValidationError }
        }
        let note = try bodies.note(Array(#"{"text":"Ringede igen: hun er flyttet til A\#u{030A}rhus.","language":null,"adds_facts":true}"#.utf8))
        #expect(note.text == "Ringede igen: hun er flyttet til \u{00C5}rhus.", "stored in NFC")
        #expect(note.language == nil && note.addsFacts)
        #expect(try bodies.note(Array(#"{"text":"x","language":"en"}"#.utf8)) == NewNote(text: "x", language: .english))
        #expect(refused { _ = try bodies.note(Array(#"{"language":"da"}"#.utf8)) }?.field == "text")
        #expect(refused { _ = try bodies.note(Array(#"{"text":""}"#.utf8)) }?.code == .invalidField)
        #expect(refused { _ = try bodies.note(Array("{\"text\":\"\(String(repeating: "y", count: 4001))\"}".utf8)) }?.code == .invalidField)
        #expect(refused { _ = try bodies.note(Array(#"{"text":"x","language":"de"}"#.utf8)) }?.field == "language")
        #expect(refused { _ = try bodies.note(Array(#"{"text":"x","adds_facts":"yes"}"#.utf8)) }?.code == .wrongType)
        #expect(refused { _ = try bodies.note(Array(#"{"text":"x","author":"secret"}"#.utf8)) }?.code == .unknownField)
        #expect(try bodies.referral(Array(#"{"target":"red_cross"}"#.utf8)) == .redCross)
        #expect(refused { _ = try bodies.referral(Array(#"{"target":null}"#.utf8)) }?.code == .missingField)
        #expect(refused { _ = try bodies.referral(Array(#"{"target":"mars"}"#.utf8)) }?.code == .invalidField)
        #expect(try bodies.outcome(Array(#"{"outcome":"no_show"}"#.utf8)) == .noShow)
        #expect(refused { _ = try bodies.outcome(Array("[]".utf8)) }?.code == .wrongType)
        let invalid = refused { _ = try bodies.outcome(Array([0x7B, 0xFF, 0x7D])) }
        #expect(invalid?.code == .invalidUTF8)
    }
}
