import Foundation
import GRDB
import HotlineCore
import HotlineStore
import Testing

/// A narrative, a note and a contact that carry `marker`, with a triage whose evidence points into
/// the narrative ("keeps his passport") and into the note ("owes a debt").
struct MarkedCall {
    static let marker = "ZQXMARKER"
    static let narrative = "Caller \(marker) says the boss keeps his passport."
    static let noteText = "Rang back: \(marker) owes a debt to the boss."

    static func submission(externalID: String? = nil) -> CallSubmission {
        CallSubmission(
            externalID: externalID, channel: .phone, language: .english, callerRole: .thirdParty, narrative: narrative,
            subject: Subject(age: 30, gender: .male, location: Subject.Location(municipality: "Aarhus \(marker)", region: "midtjylland")),
            sector: .agriculture, contact: Contact(name: "Name \(marker)", phone: "+45 1234 \(marker)", email: "\(marker)@example.org"),
            operator: "AB")
    }

    /// The offsets of `phrase` in `text`, in code points.
    static func span(_ phrase: String, in text: String) -> (Int, Int) {
        let range = text.range(of: phrase)!
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return (start, start + phrase.unicodeScalars.count)
    }

    /// A triage result as the engine answers it: evidence with snippets, one in the narrative and,
    /// when `noteID` is given, one in that note.
    static func triage(noteID: Int64? = nil) -> TriageRecord {
        let (start, end) = span("keeps his passport", in: narrative)
        var indicators: [JSONValue] = [
            .object([
                "id": .string("ilo-document"), "dimension": .string("coercion"), "strength": .string("strong"),
                "source": .string("narrative"), "attribution": .string("observed"),
                "evidence": .object(["start": .integer(start), "end": .integer(end), "text": .string("keeps his passport")]),
            ]),
        ]
        if let noteID {
            let (noteStart, noteEnd) = span("owes a debt", in: noteText)
            indicators.append(.object([
                "id": .string("ilo-bond"), "dimension": .string("coercion"), "strength": .string("medium"),
                "source": .string("note"), "note_id": .integer(Int(noteID)), "attribution": .string("observed"),
                "evidence": .object(["start": .integer(noteStart), "end": .integer(noteEnd), "text": .string("owes a debt")]),
            ]))
        }
        indicators.append(.object([
            "id": .string("checklist-only"), "dimension": .string("recruitment"), "strength": .string("weak"),
            "source": .string("checklist"), "attribution": .string("disclosed"),
        ]))
        let result = JSONValue.object(["band": .string("high"), "score": .integer(70), "indicators": .array(indicators)])
        return TriageRecord(
            assessedAt: Date(), catalogVersion: "test", score: 70, band: "high", presumedTrafficking: false, language: "en",
            exploitation: ["labour"], flags: [], indicators: [.init(id: "ilo-document", dimension: "coercion")],
            resultJSON: String(decoding: result.serialized(), as: UTF8.self))
    }
}

@Suite("Retention in the store")
struct RetentionStoreTests {
    /// Stores a marked call with a note and a triage pointing into both; returns the store, its folder and the id.
    func storeMarkedCall(externalID: String? = "marked") async throws -> (CallStore, URL, Int64) {
        let (store, folder) = try makeTemporaryStore()
        guard case .created(let created) = try await store.submit(
            PendingSubmission(submission: MarkedCall.submission(externalID: externalID), arrivedAt: Date(), peer: nil,
                              triage: MarkedCall.triage())) else { throw Failure.notCreated }
        let note = try #require(try await store.addNote(NewNote(text: MarkedCall.noteText, addsFacts: false), toCall: created.id,
                                                         peer: nil, requestID: nil))
        try await store.appendTriage(MarkedCall.triage(noteID: note.note.id), toCall: created.id)
        return (store, folder, created.id)
    }

    enum Failure: Error { case notCreated }

    func evidence(_ record: CallRecord) -> [[String: JSONValue]] {
        guard case .object(let triage)? = record.triage, case .array(let indicators)? = triage["indicators"] else { return [] }
        return indicators.compactMap { indicator in
            guard case .object(let fields) = indicator, case .object(let evidence)? = fields["evidence"] else { return nil }
            return evidence
        }
    }

    @Test("stored results keep evidence offsets only; a read cuts the snippets from the narrative and the note, as the engine gave them")
    func snippetsAreCutOnRead() async throws {
        let (store, folder, id) = try await storeMarkedCall()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = try #require(try await store.record(id: id))
        #expect(evidence(record).map { $0["text"] } == [.string("keeps his passport"), .string("owes a debt")])
        #expect(record.storedTriage?.bytes == Array(MarkedCall.triage(noteID: 1).resultJSON.utf8), "the answer's bytes as before")
        try store.close()
        let queue = try DatabaseQueue(path: store.path)
        defer { try? queue.close() }
        let stored = try await queue.read { db in try String.fetchAll(db, sql: "SELECT result FROM triages") }
        #expect(stored.count == 2)
        #expect(stored.allSatisfy { !$0.contains("passport") && !$0.contains("debt") && $0.contains("\"start\"") })
    }

    @Test("an erasure empties the narrative and notes and removes operator, municipality and contact; coded data, events and history stay")
    func erasureKeepsCodedData() async throws {
        let (store, folder, id) = try await storeMarkedCall()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try #require(try await store.record(id: id))
        guard case .erased(let after) = try await store.erase(callID: id, reason: .erasureRequest, peer: nil, requestID: "r1") else {
            Issue.record("not erased"); return
        }
        #expect(after.submission.narrative == "")
        #expect(after.submission.operator == nil && after.submission.contact == nil)
        #expect(after.submission.subject?.location?.municipality == nil)
        #expect(after.submission.subject?.location?.region == "midtjylland")
        #expect(after.submission.subject?.age == 30 && after.submission.sector == .agriculture && after.submission.channel == .phone)
        #expect(after.shreddedAt != nil && after.contactShreddedAt == after.shreddedAt)
        #expect(after.version == before.version + 1)
        #expect(evidence(after).allSatisfy { $0["text"] == nil && $0["start"] != nil }, "offsets only")
        if case .object(let triage)? = after.triage { #expect(triage["band"] == .string("high")) }
        if case .object(let json) = after.json { #expect(json["shredded_at"] != nil) }
        #expect(try await store.notes(callID: id)?.map(\.note.text) == [""])
        let last = try #require(try await store.events(callID: id)?.last)
        #expect(last.kind == "shredded" && last.reason == "erasure_request" && last.shredScope == "free_text")
        // Erasing again answers the record as it is, with no second event.
        guard case .erased = try await store.erase(callID: id, reason: .other, peer: nil, requestID: nil) else { Issue.record("again"); return }
        #expect(try await store.events(callID: id)?.filter { $0.kind == "shredded" }.count == 1)
        // No new text goes onto a shredded call.
        await #expect(throws: CallShreddedError(callID: id)) {
            try await store.addNote(NewNote(text: "more"), toCall: id, peer: nil, requestID: nil)
        }
        // A retry of its intake is told the call was shredded, not taken for a duplicate or a conflict.
        let retry = try await store.submit(PendingSubmission(submission: MarkedCall.submission(externalID: "marked"), arrivedAt: Date(),
                                                             peer: nil, triage: nil))
        #expect(retry == .shredded(existingID: id))
        #expect(try await store.erase(callID: 999, reason: .other, peer: nil, requestID: nil) == .notFound)
        try store.close()
    }

    @Test("a legal hold keeps a call from erasure and retention; it records who, when and why, and lifting it leaves an event")
    func legalHold() async throws {
        let (store, folder, id) = try await storeMarkedCall()
        defer { try? FileManager.default.removeItem(at: folder) }
        let supervisor = PeerIdentity(uid: 1001, gid: 1001, pid: 7, user: "sup")
        let held = try #require(try await store.setLegalHold(callID: id, reason: "Police case 12", peer: supervisor, requestID: "h1"))
        #expect(held.legalHold?.reason == "Police case 12" && held.legalHold?.byUID == 1001 && held.legalHold?.byUser == "sup")
        guard case .legalHold(let hold) = try await store.erase(callID: id, reason: .erasureRequest, peer: nil, requestID: nil) else {
            Issue.record("erased under hold"); return
        }
        #expect(hold.reason == "Police case 12")
        #expect(try await store.record(id: id)?.submission.narrative == MarkedCall.narrative)
        let released = try #require(try await store.releaseLegalHold(callID: id, peer: supervisor, requestID: "h2"))
        #expect(released.legalHold == nil)
        #expect(try await store.events(callID: id)?.map(\.kind).suffix(2) == ["legal_hold_set", "legal_hold_released"])
        #expect(try await store.setLegalHold(callID: 999, reason: "x", peer: nil, requestID: nil) == nil)
        try store.close()
    }

    @Test("retention: contact after contact_days, free text after free_text_days, unclosed calls after their days; held calls counted, not shredded; a dry run writes nothing")
    func retentionPolicy() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        var ids: [Int64] = []
        for n in 0..<4 {
            guard case .created(let record) = try await store.submit(
                PendingSubmission(submission: MarkedCall.submission(externalID: "p\(n)"), arrivedAt: Date(), peer: nil, triage: MarkedCall.triage()))
            else { throw Failure.notCreated }
            ids.append(record.id)
        }
        // 0, 1 and 3 are closed now; 2 stays open; 3 is held.
        for id in [ids[0], ids[1], ids[3]] {
            _ = try await store.change(id: id, expectedVersion: nil, change: CallChange(status: .inProgress), peer: nil, requestID: nil)
            _ = try await store.change(id: id, expectedVersion: nil, change: CallChange(status: .closed, reason: .noIndicators), peer: nil, requestID: nil)
        }
        _ = try await store.setLegalHold(callID: ids[3], reason: "court", peer: nil, requestID: nil)
        try store.close()

        let policy = RetentionPolicy.standard
        let retention = try RetentionStore.open(path: store.path)
        defer { try? retention.close() }
        let day: TimeInterval = 86_400
        #expect(try retention.due(policy, at: Date().addingTimeInterval(100 * day)) == RetentionDue())
        let contactDue = try retention.due(policy, at: Date().addingTimeInterval(200 * day))
        #expect(contactDue == RetentionDue(contact: [ids[0], ids[1]], held: 1))
        let later = Date().addingTimeInterval(800 * day)
        let freeTextDue = try retention.due(policy, at: later)
        #expect(freeTextDue == RetentionDue(freeText: [ids[0], ids[1]], held: 1))
        let never = RetentionPolicy(freeTextDaysAfterClose: 730, contactDaysAfterClose: 180, unclosedDaysAfterReceived: nil)
        #expect(try retention.due(never, at: Date().addingTimeInterval(5000 * day)).freeText == [ids[0], ids[1]])
        #expect(try retention.due(policy, at: Date().addingTimeInterval(1100 * day)).freeText == [ids[0], ids[1], ids[2]])

        // Contact first, then the free text.
        let contactTally = try retention.apply(contactDue, at: Date().addingTimeInterval(200 * day))
        #expect(contactTally == RetentionTally(freeTextShredded: 0, contactShredded: 2, skippedForLegalHold: 1))
        #expect(try retention.due(policy, at: Date().addingTimeInterval(201 * day)) == RetentionDue(held: 1))
        let tally = try retention.apply(try retention.due(policy, at: later), at: later)
        #expect(tally == RetentionTally(freeTextShredded: 2, contactShredded: 0, skippedForLegalHold: 1))
        try retention.close()

        let reopened = try CallStore(path: store.path)
        let shredded = try #require(try await reopened.record(id: ids[0]))
        #expect(shredded.submission.narrative == "" && shredded.submission.contact == nil)
        #expect(shredded.contactShreddedAt != nil && shredded.shreddedAt != nil && shredded.contactShreddedAt! < shredded.shreddedAt!)
        #expect(try await reopened.events(callID: ids[0])?.filter { $0.kind == "shredded" }.map { "\($0.reason ?? "")/\($0.shredScope ?? "")" }
            == ["retention/contact", "retention/free_text"])
        #expect(try await reopened.record(id: ids[2])?.submission.narrative == MarkedCall.narrative, "open, not yet due")
        #expect(try await reopened.record(id: ids[3])?.submission.narrative == MarkedCall.narrative, "held")
        try reopened.close()

        // hotline retriage leaves shredded calls out: they keep their last triage.
        let retriage = try RetriageStore.open(path: store.path)
        defer { try? retriage.close() }
        #expect(try retriage.callIDs(receivedSince: nil) == [ids[2], ids[3]])
        #expect(try retriage.append([(callID: ids[0], triage: MarkedCall.triage())]).isEmpty)
    }

    @Test("the v8-retention migration writes stored results again without snippets; records read as before; every other result untouched")
    func migrationRemovesSnippets() async throws {
        let (store, folder, id) = try await storeMarkedCall()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try #require(try await store.record(id: id))
        try store.close()
        try await CaseEventsMigrationTests.rollBack(store.path, toBefore: "v8-retention")
        // As the build before stored them: the results with their snippets.
        let queue = try DatabaseQueue(path: store.path)
        try await queue.write { db in
            try db.execute(sql: "UPDATE triages SET result = ? WHERE id = 1", arguments: [MarkedCall.triage().resultJSON])
            try db.execute(sql: "UPDATE triages SET result = ? WHERE id = 2", arguments: [MarkedCall.triage(noteID: 1).resultJSON])
            try db.execute(sql: "INSERT INTO triages (call_id, assessed_at, catalog_version, score, band, presumed, language, exploitation, flags, result) VALUES (?, '2026-01-01T00:00:00.000Z', 'x', 0, 'none', 0, 'en', '', '', '{}')", arguments: [id])
        }
        #expect(try await queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM triages WHERE result LIKE '%passport%'") } == 2)
        try queue.close()

        let migrated = try CallStore(path: store.path)
        let after = try #require(try await migrated.record(id: id))
        #expect(after.storedTriage == before.storedTriage)
        #expect(after.shreddedAt == nil && after.legalHold == nil)
        try migrated.close()
        let check = try DatabaseQueue(path: store.path)
        defer { try? check.close() }
        let results = try await check.read { db in try String.fetchAll(db, sql: "SELECT result FROM triages ORDER BY id") }
        #expect(results.count == 3 && results[2] == "{}")
        #expect(results.allSatisfy { !$0.contains("passport") && !$0.contains("debt") })
    }
}
