/// The indicator catalog and decision policy: data loaded from `Config/indicators.yaml`.
public struct IndicatorCatalog: Sendable {
    /// The catalog's version, reported with every triage result.
    public var version: String
    /// The six dimensions, in catalog order.
    public var dimensions: [Dimension]
    /// All indicators, in catalog order.
    public var indicators: [Indicator]
    /// Closed word classes per language.
    public var lexicons: [Language: CueLexicon]
    /// Phrases per context signal and language.
    public var signals: [ContextSignal: [Language: [String]]]
    /// Phrases that name a form of exploitation without being an indicator ("prostitution", "tigger").
    public var exploitationSignals: [ExploitationType: [Language: [String]]]
    /// Phrases per context modifier and language (historical, resolved, question, hypothetical).
    public var modifiers: [ContextModifier: [Language: [String]]] = [:]
    public var policy: TriagePolicy
    /// The file name or label the catalog was parsed from (used in messages).
    public var sourceName: String = "catalog"

    private var indicatorIndex: [String: Int]

    public init(version: String, dimensions: [Dimension], indicators: [Indicator], lexicons: [Language: CueLexicon],
                signals: [ContextSignal: [Language: [String]]],
                exploitationSignals: [ExploitationType: [Language: [String]]], policy: TriagePolicy) {
        self.version = version
        self.dimensions = dimensions
        self.indicators = indicators
        self.lexicons = lexicons
        self.signals = signals
        self.exploitationSignals = exploitationSignals
        self.policy = policy
        var index: [String: Int] = [:]
        for (position, indicator) in indicators.enumerated() where index[indicator.id] == nil {
            index[indicator.id] = position
        }
        indicatorIndex = index
    }

    /// Parses and validates catalog YAML. Throws every problem found, each naming its line.
    public static func parse(yaml: String, sourceName: String) throws(CatalogError) -> IndicatorCatalog {
        var parser = CatalogParser(sourceName: sourceName)
        var catalog = try parser.parse(yaml)
        catalog.sourceName = sourceName
        return catalog
    }

    /// Validates catalog YAML completely, as `hotline catalog check FILE` needs: the schema, unique
    /// ids, grades, both languages, every phrase parseable, and (with `stemmers`) every phrase usable
    /// once stemmed. Returns each problem as "FILE:LINE: message"; an empty list means valid.
    public static func check(yaml: String, sourceName: String, stemmers: (any StemmerFactory)? = nil) -> [String] {
        let catalog: IndicatorCatalog
        do {
            catalog = try parse(yaml: yaml, sourceName: sourceName)
        } catch {
            return error.messages
        }
        guard let stemmers else { return [] }
        do {
            _ = try CompiledCatalog(catalog: catalog, stemmers: stemmers)
            return []
        } catch {
            return error.messages
        }
    }

    /// True when the catalog has an indicator with this id (for validating checklist answers).
    public func containsIndicator(id: String) -> Bool { indicatorIndex[id] != nil }

    /// The indicator with this id.
    public func indicator(id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }

    /// The position of the indicator with this id in `indicators`.
    func position(ofIndicator id: String) -> Int? { indicatorIndex[id] }
}
