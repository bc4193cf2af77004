import Foundation
import HotlineCore
import Testing

/// The triage result is built as a JSON tree directly (``TriageResult/json``); it must be exactly
/// the tree its `Codable` form gives, so the API answer did not change when the encode-and-parse
/// round trip went away.
@Suite("The triage result's JSON tree")
struct TriageResultJSONTests {
    static let narratives: [(String, String?, [String: String], Int?)] = [
        ("The farmer keeps their passports in his office and they may not leave the farm.", "en", [:], nil),
        ("Hun er 15 år og bor alene hos en mand, der tager alle hendes penge. Hun tør ikke gå til politiet.", "da", [:], 15),
        ("A caller asks about opening hours. Nothing else.", "en", [:], nil),
        ("He says: \"the boss hits us\" \\ and a tab\there, a slash / and ünïcødé æøå.", nil, ["coercion.violence": "yes"], nil),
        ("Han blev slået i går og er låst inde hver nat; han ringer fra et skur nu.", "da", ["coercion.debt_bondage": "unknown"], 34),
    ]

    @Test("equals what JSONEncoder makes of the result, for results with and without evidence, checklists and minors")
    func sameTreeAsCodable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (narrative, language, checklist, age) in Self.narratives {
            let result = Fixtures.assess(narrative, language: language, checklist: checklist, subjectAge: age)
            let viaCodable = try JSONValue.parse([UInt8](try encoder.encode(result)))
            #expect(result.json == viaCodable)
        }
        // Not a vacuous comparison: the set holds results with indicators, evidence and flags.
        let results = Self.narratives.map { Fixtures.assess($0.0, language: $0.1, checklist: $0.2, subjectAge: $0.3) }
        #expect(results.contains { $0.indicators.contains { $0.evidence != nil } })
        #expect(results.contains { !$0.flags.isEmpty })
    }

    @Test("the stored bytes parse back to the same tree")
    func storedBytes() throws {
        let result = Fixtures.assess("Arbejdsgiveren har deres pas og truer med politiet, hvis de klager.", language: "da")
        let record = TriageRecord(result, assessedAt: Date(timeIntervalSince1970: 0))
        #expect(try JSONValue.parse(Array(record.resultJSON.utf8)) == result.json)
        #expect(try JSONValue.parse(Array(record.storedResultJSON.utf8)) == EvidenceSnippets.removed(from: result.json))
    }
}
