import Foundation
import HotlineClient
import Testing

/// `since` and `until` of `GET /v1/calls`, against the real daemon.
@Suite("Listing filters")
struct ListingFilterTests {
    @Test("since and until compare instants, whatever the offset, precision or year of the bound")
    func filtersCompareInstants() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        for (name, time) in [("A", "2025-12-31T23:59:59.999Z"), ("B", "2026-01-01T01:00:00+01:00"), ("C", "2026-01-01T00:00:00.001Z")] {
            #expect(try client.post("/v1/calls", json: #"{"channel":"web","caller_role":"anonymous","external_id":"\#(name)","narrative":"Call \#(name).","received_at":"\#(time)"}"#).status == 201)
        }
        func names(_ query: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
            let answer = try client.get("/v1/calls?" + query)
            #expect(answer.status == 200, "\(query): \(answer.text)", sourceLocation: sourceLocation)
            return (answer.json?["calls"] as? [[String: Any]] ?? []).compactMap { $0["external_id"] as? String }
        }
        // 2026-01-01T01:00:00+01:00 is 2026-01-01T00:00:00Z, and so is 2025-12-31T19:00:00-05:00.
        #expect(try names("since=2026-01-01T01:00:00%2B01:00") == ["C", "B"])
        #expect(try names("since=2026-01-01T01:00:00+01:00") == ["C", "B"])  // '+' not percent-encoded
        #expect(try names("since=2026-01-01T00:00:00Z") == ["C", "B"])
        #expect(try names("since=2025-12-31T19:00:00-05:00") == ["C", "B"])
        #expect(try names("until=2026-01-01T01:00:00%2B01:00") == ["A"])
        #expect(try names("since=2026-01-01T00:00:00.000Z&until=2026-01-01T01:00:00.001%2B01:00") == ["B"])
        // Finer than the stored milliseconds: B (at .000) is before .0004, C (at .001) is not.
        #expect(try names("since=2026-01-01T00:00:00.0004Z") == ["C"])
        #expect(try names("until=2026-01-01T00:00:00.0004Z") == ["B", "A"])
        // Bounds that cannot be written as a stored timestamp (year 10000 once rounded, year -1).
        #expect(try names("until=9999-12-31T23:59:59.9999Z") == ["C", "B", "A"])
        #expect(try names("since=9999-12-31T23:59:59.9999Z") == [])
        #expect(try names("since=0000-01-01T00:00:00%2B00:01") == ["C", "B", "A"])
        #expect(try names("until=0000-01-01T00:00:00%2B00:01") == [])
    }
}
