import Foundation
import HotlineCore
import HotlineStemming
import HotlineStore

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
}

/// Why the indicator catalog cannot be used.
public struct CatalogProblem: Error, CustomStringConvertible {
    public var description: String
}

extension TriageRecord {
    /// The stored form of a triage result.
    public init(_ result: TriageResult, assessedAt: Date) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(result)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        self.init(
            assessedAt: assessedAt,
            catalogVersion: result.catalogVersion,
            score: result.score,
            band: result.band.rawValue,
            presumedTrafficking: result.presumedTrafficking,
            language: result.language,
            exploitation: result.exploitation,
            flags: result.flags,
            indicators: result.indicators.map { Indicator(id: $0.id, dimension: $0.dimension) },
            resultJSON: json
        )
        forcedLabour = result.forcedLabour
        evidencedElements = result.elements.filter { $0.value.status == .evidenced }.keys.sorted {
            (TriageElement(rawValue: $0) ?? .purpose) < (TriageElement(rawValue: $1) ?? .purpose)
        }
    }
}
