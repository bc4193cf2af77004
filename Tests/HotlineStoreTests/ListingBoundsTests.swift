import Foundation
import HotlineCore
import HotlineStore
import Testing

/// `since` and `until` select by instant: offsets, sub-millisecond fractions and years that no stored
/// time can have all compare as the instants they are.
@Suite("Listing bounds")
struct ListingBoundsTests {
    static let times = ["A": "2025-12-31T23:59:59.999Z", "B": "2026-01-01T00:00:00.000Z", "C": "2026-01-01T00:00:00.001Z"]

    /// A store holding calls A, B and C at ``times``, and its folder.
    func makeStore() async throws -> (CallStore, URL) {
        let (store, folder) = try makeTemporaryStore()
        for (name, time) in Self.times.sorted(by: { $0.key < $1.key }) {
            var submission = CallSubmission(externalID: name, channel: .phone, callerRole: .self, narrative: name)
            submission.receivedAt = RFC3339.parse(time)
            _ = try await store.submit(PendingSubmission(submission: submission, arrivedAt: Date(), peer: nil, triage: nil))
        }
        return (store, folder)
    }

    func names(_ store: CallStore, since: String? = nil, until: String? = nil) async throws -> [String] {
        let query = CallQuery(since: since.flatMap(RFC3339.parse), until: until.flatMap(RFC3339.parse))
        return try await store.page(query).records.map(\.submission.narrative)
    }

    @Test("an offset bound is the same instant as its UTC form")
    func offsets() async throws {
        let (store, folder) = try await makeStore()
        defer {
            try? store.close()
            try? FileManager.default.removeItem(at: folder)
        }
        #expect(try await names(store, since: "2026-01-01T01:00:00+01:00") == ["C", "B"])
        #expect(try await names(store, since: "2025-12-31T19:00:00-05:00") == ["C", "B"])
        #expect(try await names(store, until: "2026-01-01T01:00:00+01:00") == ["A"])
    }

    @Test("a bound between two stored milliseconds is not rounded onto either")
    func subMillisecond() async throws {
        let (store, folder) = try await makeStore()
        defer {
            try? store.close()
            try? FileManager.default.removeItem(at: folder)
        }
        #expect(try await names(store, since: "2026-01-01T00:00:00.0004Z") == ["C"])
        #expect(try await names(store, until: "2026-01-01T00:00:00.0004Z") == ["B", "A"])
        #expect(try await names(store, since: "2025-12-31T23:59:59.9991Z") == ["C", "B"])
        #expect(try await names(store, since: "2026-01-01T00:00:00.001Z", until: "2026-01-01T00:00:00.002Z") == ["C"])
    }

    @Test("bounds outside the years 0000–9999 are before or after every stored time")
    func outOfRange() async throws {
        let (store, folder) = try await makeStore()
        defer {
            try? store.close()
            try? FileManager.default.removeItem(at: folder)
        }
        #expect(try await names(store, until: "9999-12-31T23:59:59.9999Z") == ["C", "B", "A"])
        #expect(try await names(store, since: "9999-12-31T23:59:59.9999Z") == [])
        #expect(try await names(store, since: "0000-01-01T00:00:00+00:01") == ["C", "B", "A"])
        #expect(try await names(store, until: "0000-01-01T00:00:00+00:01") == [])
    }
}
