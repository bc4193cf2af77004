import Foundation
import HotlineCore
import HotlineStore
import Testing

@Suite("hotline retriage reads the fact notes")
struct RetriageFactNotesTests {
    @Test("the notes that add facts, per call and oldest first; other notes and other calls' notes left out")
    func factNotesPerCall() async throws {
        let (store, folder) = try makeTemporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        var ids: [Int64] = []
        for n in 0..<3 {
            guard case .created(let record) = try await store.submit(pending("r\(n)", narrative: "Call \(n).")) else {
                Issue.record("not created"); return
            }
            ids.append(record.id)
        }
        _ = try await store.addNote(NewNote(text: "First facts.", addsFacts: true), toCall: ids[0], peer: nil, requestID: nil)
        _ = try await store.addNote(NewNote(text: "Left a message."), toCall: ids[0], peer: nil, requestID: nil)
        _ = try await store.addNote(NewNote(text: "More facts.", addsFacts: true), toCall: ids[0], peer: nil, requestID: nil)
        _ = try await store.addNote(NewNote(text: "Other call's facts.", addsFacts: true), toCall: ids[2], peer: nil, requestID: nil)
        try store.close()

        let retriage = try RetriageStore.open(path: store.path)
        defer { try? retriage.close() }
        let notes = try retriage.factNotes(ids[0...1])
        #expect(notes[ids[0]]?.map(\.text) == ["First facts.", "More facts."])
        #expect(notes[ids[1]] == nil)
        #expect(notes.count == 1, "only the calls asked for")
        let ordered = try #require(notes[ids[0]])
        #expect(ordered[0].id < ordered[1].id)
        #expect(try retriage.factNotes([Int64]()).isEmpty)
    }
}
