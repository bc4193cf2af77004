import Foundation
import HotlineCore
import HotlineStemming
import Testing

@Suite("Indicator catalog")
struct CatalogTests {
    @Test func shippedCatalogIsValidAndComplete() {
        let catalog = Fixtures.catalog
        #expect(!catalog.version.isEmpty)
        #expect(catalog.dimensions.count == 6)
        #expect(catalog.indicators.count >= 30)
        for dimension in catalog.dimensions {
            #expect(catalog.indicators.contains { $0.dimension == dimension.id }, "no indicator in \(dimension.id)")
        }
        for indicator in catalog.indicators {
            #expect(!(indicator.phrases[.danish] ?? []).isEmpty && !(indicator.phrases[.english] ?? []).isEmpty)
            #expect(!indicator.question.danish.isEmpty && !indicator.question.english.isEmpty)
        }
        #expect(catalog.containsIndicator(id: "coercion.documents_confiscated"))
        #expect(!catalog.containsIndicator(id: "no.such.indicator"))
    }

    static let minimal = """
    version: "test-1"
    lexicon:
      da: {negations: [ikke]}
      en: {negations: [not]}
    dimensions:
      - id: d1
        phase: destination
        label: {da: "D", en: "D"}
        ask: []
    indicators:
      - id: a
        dimension: d1
        grades: {adult_labour: strong}
        label: {da: "A", en: "A"}
        question: {da: "A?", en: "A?"}
        phrases: {da: ["pas"], en: ["passport"]}
    signals:
      minor: {da: ["mindreårig"], en: ["minor"]}
      unaccompanied_minor: {da: ["uledsaget"], en: ["unaccompanied"]}
      in_custody: {da: ["anholdt"], en: ["arrested"]}
      immediate_danger: {da: ["i fare"], en: ["in danger"]}
      movement: {da: ["bragt"], en: ["brought"]}
      adult: {da: ["voksen"], en: ["adult"]}
    exploitation_signals:
      sexual: {da: ["prostitution"], en: ["prostitution"]}
      labour: {da: ["arbejdsgiver"], en: ["employer"]}
      criminality: {da: ["tyveri"], en: ["theft"]}
    policy:
      positive_when: [{strong: 2}]
      recruitment_dimensions: [d1]
      exploitation_dimension: d1
      coercion_dimension: d1
      destination_dimensions: [d1]
      high_risk_minor_exploitation: [sexual]
      screening:
        element_evidenced_when: [{strong: 1}]
        act_signals: [movement]
        minor_exploited_when: [{medium: 1}]
        danger_when: [{weak: 1}]
        medium_when: [{medium: 1}]
        suspected_only_cap: medium
      score: {strong: 10, medium: 5, weak: 1, positive_dimension: 5, presumed_trafficking: 5}
      actions:
        - {id: ask, when: otherwise, text: {da: "Spørg", en: "Ask"}}
    """

    @Test func minimalCatalogParses() throws {
        let catalog = try IndicatorCatalog.parse(yaml: Self.minimal, sourceName: "mini.yaml")
        #expect(catalog.version == "test-1")
        #expect(catalog.indicators.map(\.id) == ["a"])
        _ = try TriageEngine(catalog: catalog, stemmers: SnowballStemmerFactory())
    }

    func problems(_ yaml: String) -> [String] {
        do {
            _ = try IndicatorCatalog.parse(yaml: yaml, sourceName: "bad.yaml")
            return []
        } catch {
            return error.messages
        }
    }

    @Test func duplicateIdIsReportedWithItsLine() {
        let second = "  - id: a\n    dimension: d1\n    grades: {adult_labour: weak}\n    label: {da: \"A\", en: \"A\"}\n"
            + "    question: {da: \"A?\", en: \"A?\"}\n    phrases: {da: [\"pas\"], en: [\"passport\"]}\nsignals:"
        let yaml = Self.minimal.replacingOccurrences(of: "\nsignals:", with: "\n" + second)
        let duplicateLine = yaml.split(separator: "\n", omittingEmptySubsequences: false).lastIndex { $0 == "  - id: a" }! + 1
        let messages = problems(yaml)
        #expect(messages.contains { $0.hasPrefix("bad.yaml:\(duplicateLine): duplicate indicator id 'a'") }, "\(messages)")
    }

    @Test func everyProblemNamesItsLine() {
        var yaml = Self.minimal
        yaml = yaml.replacingOccurrences(of: "grades: {adult_labour: strong}", with: "grades: {adult_labour: huge}")
        yaml = yaml.replacingOccurrences(of: "phrases: {da: [\"pas\"], en: [\"passport\"]}", with: "phrases: {da: [\"pas\"], en: [\"pass|\"]}")
        yaml = yaml.replacingOccurrences(of: "question: {da: \"A?\", en: \"A?\"}", with: "question: {da: \"A?\"}")
        let messages = problems(yaml)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let gradeLine = lines.firstIndex { $0.contains("huge") }! + 1
        let phraseLine = lines.firstIndex { $0.contains("pass|") }! + 1
        #expect(messages.contains("bad.yaml:\(gradeLine): indicator 'a': grade must be strong, medium or weak"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("bad.yaml:\(phraseLine):") && $0.contains("unusable") }, "\(messages)")
        #expect(messages.contains { $0.contains("'question' needs a non-empty 'en' text") }, "\(messages)")
        #expect(messages.allSatisfy { !$0.hasPrefix("bad.yaml:0:") }, "\(messages)")
    }

    @Test func yamlSyntaxErrorNamesItsLine() {
        let messages = problems("version: \"1\"\ndimensions:\n  - id: [unclosed\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("bad.yaml:") == true)
        #expect(messages.first?.hasPrefix("bad.yaml:0:") == false)
    }

    @Test func unknownDimensionAndMissingLanguageAreErrors() {
        var yaml = Self.minimal.replacingOccurrences(of: "    dimension: d1", with: "    dimension: d9")
        yaml = yaml.replacingOccurrences(of: "movement: {da: [\"bragt\"], en: [\"brought\"]}", with: "movement: {da: [\"bragt\"]}")
        let messages = problems(yaml)
        #expect(messages.contains { $0.contains("unknown dimension 'd9'") })
        #expect(messages.contains { $0.contains("signals: 'movement' needs at least one 'en' phrase") })
    }

    @Test func checkReportsNothingForTheShippedCatalog() {
        let yaml = String(decoding: FileManager.default.contents(atPath: Fixtures.catalogPath) ?? Data(), as: UTF8.self)
        #expect(IndicatorCatalog.check(yaml: yaml, sourceName: "indicators.yaml", stemmers: SnowballStemmerFactory()).isEmpty)
        let broken = yaml.replacingOccurrences(of: "version: \"", with: "versio: \"")
        let messages = IndicatorCatalog.check(yaml: broken, sourceName: "indicators.yaml")
        #expect(messages.contains { $0.hasPrefix("indicators.yaml:") && $0.contains("missing 'version'") }, "\(messages)")
    }

    @Test func phraseNotation() throws {
        let phrase = try PhraseSyntax.parse("tog|taget ... hendes id-kort")
        #expect(phrase.terms.count == 4)
        #expect(phrase.terms[1].maximumGap == PhraseSyntax.longGap)
        #expect(phrase.terms[3].maximumGap == 0)
        #expect(try PhraseSyntax.parseVariants("forced to sell_sex|prostitution").count == 2)
        #expect(throws: PhraseSyntaxError.self) { try PhraseSyntax.parse("... pas") }
        #expect(throws: PhraseSyntaxError.self) { try PhraseSyntax.parse("ab*") }
    }
}
