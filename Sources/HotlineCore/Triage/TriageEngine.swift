/// Scores call records against an indicator catalog. Pure and immutable: `assess` may be called
/// concurrently from many tasks (each call makes its own stemmer).
public struct TriageEngine: Sendable {
    public let catalog: IndicatorCatalog
    private let stemmers: any StemmerFactory
    private let compiled: CompiledCatalog

    /// Compiles the catalog's phrases with `stemmers`. Throws `CatalogError` when a phrase cannot be used.
    public init(catalog: IndicatorCatalog, stemmers: any StemmerFactory) throws {
        self.catalog = catalog
        self.stemmers = stemmers
        compiled = try CompiledCatalog(catalog: catalog, stemmers: stemmers)
    }

    /// Assesses one call.
    ///
    /// Notes that add facts are read as paragraphs after the narrative, so one decision covers the
    /// whole account; evidence found in a note points into that note.
    public func assess(_ input: TriageInput) -> TriageResult {
        guard !input.factNotes.isEmpty else { return assessNarrative(input) }
        let account = FactualAccount(narrative: input.narrative, notes: input.factNotes)
        var whole = input
        whole.narrative = account.text
        whole.factNotes = []
        var result = assessNarrative(whole)
        result.indicators = result.indicators.map(account.locate)
        return result
    }

    private func assessNarrative(_ input: TriageInput) -> TriageResult {
        // Read the narrative once.
        let tokenized = Tokenizer.scan(input.narrative)
        let tokens = tokenized.tokens
        let language = input.language.flatMap { Language(code: $0.rawValue) } ?? LanguageDetector.detect(tokenized)
        let lexicon = catalog.lexicons[language] ?? CueLexicon()
        let index = compiled.indexes[language] ?? PhraseIndex(lexicon: lexicon)
        var text = AnalysedText(tokenized, language: language, index: index, stemmer: stemmers.makeStemmer(for: language))
        let matches = PhraseMatcher.matches(in: &text, index: index)
        var collected = CollectedEvidence(matches: matches, text: text, targets: compiled.targets, input: input, catalog: catalog)
        // Sentences quoted in the other language are read again with its phrases.
        let other: Language = language == .danish ? .english : .danish
        let foreign = ForeignSentences.find(in: tokenized, other: other)
        if !foreign.isEmpty, let otherIndex = compiled.indexes[other] {
            var otherText = AnalysedText(tokenized, language: other, index: otherIndex, stemmer: stemmers.makeStemmer(for: other))
            let otherMatches = PhraseMatcher.matches(in: &otherText, index: otherIndex).filter { foreign.contains($0.sentence) }
            collected.add(foreignReading: CollectedEvidence(matches: otherMatches, text: otherText, targets: compiled.targets,
                                                            input: input, catalog: catalog))
        }
        let signals = collected.signals

        // Who the call is about.
        let minor = SubjectAge.isMinor(input: input, ages: AgeMention.find(in: tokens, lexicon: lexicon, number: text.numberReader),
                                       minorPhrase: signals.contains(.minor), adultPhrase: signals.contains(.adult))
        var flags: [String] = []
        if signals.contains(.immediateDanger) { flags.append(ContextSignal.immediateDanger.rawValue) }
        if signals.contains(.inCustody) { flags.append(ContextSignal.inCustody.rawValue) }
        if minor { flags.append(ContextSignal.minor.rawValue) }
        if minor && signals.contains(.unaccompaniedMinor) { flags.append(ContextSignal.unaccompaniedMinor.rawValue) }
        flags.sort()

        // Grade under every profile that may apply.
        let sexual = collected.exploitation.contains(.sexual)
        var profiles: [Profile] = [.adultLabour]
        if sexual { profiles.append(.adultSexual) }
        if minor { profiles.append(.childLabour) }
        if minor && sexual { profiles.append(.childSexual) }
        let evidence = collected.graded(profiles: profiles, catalog: catalog)

        // Decide.
        let policy = catalog.policy
        var counts: [String: GradeCounts] = [:]
        var perDimension: [String: [String]] = [:]
        var elementCounts: [TriageElement: GradeCounts] = [:]
        var elementIndicators: [TriageElement: [String]] = [:]
        var forcedLabourSigns: [ForcedLabourSign: [String]] = [:]
        var all = GradeCounts()
        // A child named as selling sex or committing crime for others is exploited on that fact
        // alone (labelling guide: a minor with any evidence of exploitation is high), unless hedged.
        var anyFirm = signals.contains(.immediateDanger)
            || (minor && !collected.firmlyNamedExploitation.isDisjoint(with: policy.highRiskMinorExploitation))
        // A call that rules exploitation out ("her own job and money, nobody makes her work") and
        // names no act and no purpose: coercion alone is then no trafficking indicator.
        let onlyMeans = !signals.contains(where: policy.screening.actSignals.contains) && evidence.allSatisfy {
            catalog.indicators[$0.indicator].elements.keys.allSatisfy { $0 == .means }
        }
        let meansExcluded = collected.excludesExploitation && onlyMeans
        for item in evidence {
            let indicator = catalog.indicators[item.indicator]
            if meansExcluded { continue }
            counts[indicator.dimension, default: GradeCounts()].add(item.grade)
            perDimension[indicator.dimension, default: []].append(indicator.id)
            // The screening counts each indicator once, with its strongest element weight; an
            // indicator that evidences no element (a setting such as a massage clinic) is no evidence.
            let suspected = item.attribution == .suspected
            var strongest: Grade? = nil
            for (element, weight) in indicator.elements {
                let counted = suspected ? (weight.lowered(by: policy.suspectedDowngrade) ?? .weak) : weight
                elementCounts[element, default: GradeCounts()].add(counted)
                elementIndicators[element, default: []].append(indicator.id)
                strongest = max(strongest ?? counted, counted)
            }
            if let strongest { all.add(strongest) }
            if !suspected { anyFirm = true }
            for sign in indicator.forcedLabour { forcedLabourSigns[sign, default: []].append(indicator.id) }
        }
        let facts = TriageDecision.Facts(
            counts: counts, elementCounts: elementCounts, elementIndicators: elementIndicators, signals: signals,
            forcedLabourSigns: forcedLabourSigns, minor: minor, immediateDanger: signals.contains(.immediateDanger),
            exploitation: collected.exploitation, workerFree: collected.workerFree,
            all: all, anyFirmEvidence: anyFirm,
            // Custody alone (an asylum question from a detention centre) is a flag, not an indicator.
            anyEvidence: all.total > 0 || signals.contains(.immediateDanger))
        let decision = TriageDecision(facts, policy: policy, dimensions: catalog.dimensions)
        let score = TriageScore.compute(grades: evidence.map(\.grade),
                                        positiveDimensions: decision.statuses.values.filter { $0 == .positive }.count,
                                        presumed: decision.presumedTrafficking || decision.forcedLabour, flags: flags,
                                        band: decision.band, weights: policy.score)

        // Report.
        let utf8 = input.narrative.utf8
        let indicators = evidence.map { item -> TriageResult.MatchedIndicator in
            let indicator = catalog.indicators[item.indicator]
            var span: TriageResult.Evidence? = nil
            if item.source == .narrative {
                let lower = utf8.index(utf8.startIndex, offsetBy: item.utf8Start)
                let upper = utf8.index(utf8.startIndex, offsetBy: item.utf8End)
                span = TriageResult.Evidence(start: item.start, end: item.end,
                                             text: String(decoding: utf8[lower..<upper], as: UTF8.self))
            }
            return TriageResult.MatchedIndicator(id: indicator.id, dimension: indicator.dimension, strength: item.grade,
                                                 source: item.source, attribution: item.attribution, evidence: span)
        }
        var dimensions: [String: TriageResult.DimensionResult] = [:]
        for dimension in catalog.dimensions {
            dimensions[dimension.id] = TriageResult.DimensionResult(status: decision.statuses[dimension.id] ?? .unknown,
                                                                    indicators: perDimension[dimension.id] ?? [])
        }
        return TriageResult(
            score: score, band: decision.band, presumedTrafficking: decision.presumedTrafficking,
            forcedLabour: decision.forcedLabour,
            elements: Dictionary(uniqueKeysWithValues: decision.elements.map { ($0.key.rawValue, $0.value) }),
            profile: Profile(minor: minor, sexual: sexual).rawValue, language: language.rawValue,
            // A workplace named in a call without any evidence says nothing about exploitation.
            exploitation: decision.band == .none ? [] : collected.exploitation.sorted().map(\.rawValue),
            flags: flags, dimensions: dimensions,
            indicators: indicators,
            actions: OperatorGuidance.actions(band: decision.band, flags: flags, language: language, policy: policy),
            nextQuestions: OperatorGuidance.questions(statuses: decision.statuses, language: language, catalog: catalog),
            catalogVersion: catalog.version)
    }
}
