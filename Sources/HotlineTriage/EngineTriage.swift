import Foundation
import HotlineCore
import HotlineFiles
import HotlineStemming

/// The triage stage backed by the indicator catalog and the triage engine.
public struct EngineTriage: CallTriaging {
    public let engine: TriageEngine

    public init(engine: TriageEngine) {
        self.engine = engine
    }

    /// Reads, validates and compiles the catalog at `path` with the Snowball stemmers.
    ///
    /// - Throws: ``CatalogProblem`` naming the file and the line of each error.
    public static func load(catalogPath path: String) throws(CatalogProblem) -> EngineTriage {
        do {
            let catalog = try IndicatorCatalog.load(contentsOf: path)
            return EngineTriage(engine: try TriageEngine(catalog: catalog, stemmers: SnowballStemmerFactory()))
        } catch let error as CatalogError {
            throw CatalogProblem(description: "invalid indicator catalog:\n\(error.description)")
        } catch {
            throw CatalogProblem(description: "cannot use the indicator catalog \(path): \(error)")
        }
    }

    public var catalogVersion: String { engine.catalog.version }

    public func isKnownIndicator(_ id: String) -> Bool {
        engine.catalog.containsIndicator(id: id)
    }

    public func assess(_ submission: CallSubmission, at time: Date) -> TriageRecord {
        TriageRecord(engine.assess(TriageInput(submission)), assessedAt: time)
    }

    public func assess(_ submission: CallSubmission, factNotes: [FactNote], at time: Date) -> TriageRecord {
        var input = TriageInput(submission)
        input.factNotes = factNotes
        return TriageRecord(engine.assess(input), assessedAt: time)
    }
}

/// Why the indicator catalog cannot be used.
public struct CatalogProblem: Error, CustomStringConvertible {
    public var description: String
}
