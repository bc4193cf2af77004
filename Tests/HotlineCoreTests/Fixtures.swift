import Foundation
import HotlineCore
import HotlineStemming

/// The shipped catalog and an engine over it, loaded once for all tests.
enum Fixtures {
    static let catalogPath: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/HotlineCoreTests/Fixtures.swift
        return parts.joined(separator: "/") + "/Config/indicators.yaml"
    }()

    static let catalog: IndicatorCatalog = {
        // The core reads no files: the test reads the shipped catalog and hands the core its text.
        do {
            let text = try String(contentsOfFile: catalogPath, encoding: .utf8)
            return try IndicatorCatalog.parse(yaml: text, sourceName: catalogPath)
        } catch { fatalError("\(error)") }
    }()

    static let engine: TriageEngine = {
        do { return try TriageEngine(catalog: catalog, stemmers: SnowballStemmerFactory()) } catch { fatalError("\(error)") }
    }()

    /// Assesses a narrative with the shipped catalog.
    static func assess(_ narrative: String, language: String? = nil, callerRole: String? = "self",
                       checklist: [String: String] = [:], subjectAge: Int? = nil, ageGroup: String? = nil) -> TriageResult {
        // The tests write the wire values; the engine takes the record's vocabularies.
        engine.assess(TriageInput(narrative: narrative, language: language.map { NarrativeLanguage(rawValue: $0)! },
                                  callerRole: callerRole.map { CallerRole(rawValue: $0)! },
                                  checklist: checklist.mapValues { ChecklistAnswer(rawValue: $0)! },
                                  subjectAge: subjectAge, subjectAgeGroup: ageGroup.map { AgeGroup(rawValue: $0)! }))
    }

    /// Ids of the indicators found.
    static func ids(_ narrative: String, language: String? = nil, callerRole: String? = "self") -> Set<String> {
        Set(assess(narrative, language: language, callerRole: callerRole).indicators.map(\.id))
    }
}
