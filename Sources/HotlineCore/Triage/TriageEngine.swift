/// Scores call records against an indicator catalog. Pure and immutable: `assess` may be called
/// concurrently from many tasks (each call makes its own stemmer).
public struct TriageEngine: Sendable {
    public let catalog: IndicatorCatalog
    private let stemmers: any StemmerFactory
    private let compiled: CompiledCatalog
    private let dimensionIndex: [String: Int]

    /// Compiles the catalog's phrases with `stemmers`. Throws `CatalogError` when a phrase cannot be used.
    public init(catalog: IndicatorCatalog, stemmers: any StemmerFactory) throws {
        self.catalog = catalog
        self.stemmers = stemmers
        compiled = try CompiledCatalog(catalog: catalog, stemmers: stemmers)
        var index: [String: Int] = [:]
        for (position, dimension) in catalog.dimensions.enumerated() { index[dimension.id] = position }
        dimensionIndex = index
    }

    /// Assesses one call.
    public func assess(_ input: TriageInput) -> TriageResult {
        let tokens = Tokenizer.tokenize(input.narrative)
        let language = input.language.flatMap(Language.init(code:)) ?? LanguageDetector.detect(tokens: tokens)
        let lexicon = catalog.lexicons[language] ?? CueLexicon()
        let index = compiled.indexes[language] ?? PhraseIndex(lexicon: lexicon)
        var text = AnalysedText(tokens: tokens, language: language, index: index, stemmer: stemmers.makeStemmer(for: language))
        let matches = PhraseMatcher.matches(in: &text, index: index)

        // Sort what the phrases found.
        var found: [Int: IndicatorEvidence] = [:]
        var signals: Set<ContextSignal> = []
        var exploitation: Set<ExploitationType> = []
        func record(_ evidence: IndicatorEvidence) {
            if let known = found[evidence.indicator], !evidence.isBetter(than: known) { return }
            found[evidence.indicator] = evidence
        }
        var rawIndicators: [(indicator: Int, attribution: Attribution, source: EvidenceSource, span: PhraseMatch?)] = []
        for match in matches where !match.negated {
            switch compiled.targets[match.target] {
            case .indicator(let position):
                let attribution = Attribution.of(hedged: text.firstHedge[match.sentence] <= match.tokenIndices[match.tokenIndices.count - 1],
                                                 told: text.toldSentences[match.sentence], callerRole: input.callerRole)
                rawIndicators.append((position, attribution, .narrative, match))
            case .signal(let signal):
                signals.insert(signal)
            case .exploitation(let type):
                exploitation.insert(type)
            }
        }
        for (id, answer) in input.checklist where answer.lowercased() == "yes" {
            guard let position = catalog.indicators.firstIndex(where: { $0.id == id }) else { continue }
            let attribution: Attribution = input.callerRole == "self" ? .disclosed : .observed
            rawIndicators.append((position, attribution, .checklist, nil))
        }
        for raw in rawIndicators {
            if let type = catalog.indicators[raw.indicator].exploitation { exploitation.insert(type) }
        }
        if let sector = input.sector, let type = catalog.policy.sectorExploitation[sector] { exploitation.insert(type) }

        // Who the call is about.
        let ages = AgeMention.find(in: tokens, lexicon: lexicon)
        let minor = SubjectAge.isMinor(input: input, ages: ages, minorPhrase: signals.contains(.minor),
                                       adultPhrase: signals.contains(.adult))
        var flags: [String] = []
        if signals.contains(.immediateDanger) { flags.append(ContextSignal.immediateDanger.rawValue) }
        if signals.contains(.inCustody) { flags.append(ContextSignal.inCustody.rawValue) }
        if minor { flags.append(ContextSignal.minor.rawValue) }
        if minor && signals.contains(.unaccompaniedMinor) { flags.append(ContextSignal.unaccompaniedMinor.rawValue) }
        flags.sort()

        // Grade each piece of evidence under every profile that may apply and keep the highest,
        // so that learning more (a sexual setting, a minor) can only raise a grade.
        let sexual = exploitation.contains(.sexual)
        var profiles: [Profile] = [.adultLabour]
        if sexual { profiles.append(.adultSexual) }
        if minor { profiles.append(.childLabour) }
        if minor && sexual { profiles.append(.childSexual) }
        let policy = catalog.policy
        for raw in rawIndicators {
            let indicator = catalog.indicators[raw.indicator]
            guard var grade = profiles.compactMap({ indicator.grades[$0] }).max() else { continue }
            if raw.attribution == .suspected { grade = grade.lowered(by: policy.suspectedDowngrade) ?? .weak }
            record(IndicatorEvidence(indicator: raw.indicator, grade: grade, source: raw.source,
                                     attribution: raw.attribution, start: raw.span?.start ?? -1, end: raw.span?.end ?? -1,
                                     utf8Start: raw.span?.utf8Start ?? 0, utf8End: raw.span?.utf8End ?? 0))
        }

        // Decide.
        var counts: [String: GradeCounts] = [:]
        var perDimension: [String: [String]] = [:]
        let ordered = found.values.sorted { ($0.source == .checklist ? 1 : 0, $0.start, $0.indicator) < ($1.source == .checklist ? 1 : 0, $1.start, $1.indicator) }
        for evidence in ordered {
            let indicator = catalog.indicators[evidence.indicator]
            counts[indicator.dimension, default: GradeCounts()].add(evidence.grade)
            perDimension[indicator.dimension, default: []].append(indicator.id)
        }
        let facts = TriageDecision.Facts(counts: counts, minor: minor, movement: signals.contains(.movement),
                                         immediateDanger: signals.contains(.immediateDanger), exploitation: exploitation,
                                         anyEvidence: !found.isEmpty || signals.contains(.immediateDanger) || signals.contains(.inCustody))
        let decision = TriageDecision(facts, policy: policy, dimensions: catalog.dimensions)
        let score = TriageScore.compute(grades: ordered.map(\.grade),
                                        positiveDimensions: decision.statuses.values.filter { $0 == .positive }.count,
                                        presumed: decision.presumedTrafficking, flags: flags, band: decision.band,
                                        weights: policy.score)

        // Report.
        let utf8 = input.narrative.utf8
        let indicators = ordered.map { evidence -> TriageResult.MatchedIndicator in
            let indicator = catalog.indicators[evidence.indicator]
            var span: TriageResult.Evidence? = nil
            if evidence.source == .narrative {
                let lower = utf8.index(utf8.startIndex, offsetBy: evidence.utf8Start)
                let upper = utf8.index(utf8.startIndex, offsetBy: evidence.utf8End)
                span = TriageResult.Evidence(start: evidence.start, end: evidence.end,
                                             text: String(decoding: utf8[lower..<upper], as: UTF8.self))
            }
            return TriageResult.MatchedIndicator(id: indicator.id, dimension: indicator.dimension, strength: evidence.grade,
                                                 source: evidence.source, attribution: evidence.attribution, evidence: span)
        }
        var dimensions: [String: TriageResult.DimensionResult] = [:]
        for dimension in catalog.dimensions {
            dimensions[dimension.id] = TriageResult.DimensionResult(status: decision.statuses[dimension.id] ?? .unknown,
                                                                    indicators: perDimension[dimension.id] ?? [])
        }
        return TriageResult(
            score: score, band: decision.band, presumedTrafficking: decision.presumedTrafficking,
            profile: Profile(minor: minor, sexual: sexual).rawValue, language: language.rawValue,
            exploitation: exploitation.sorted().map(\.rawValue), flags: flags, dimensions: dimensions,
            indicators: indicators, actions: actions(band: decision.band, flags: flags, language: language),
            nextQuestions: questions(statuses: decision.statuses, language: language),
            catalogVersion: catalog.version)
    }

    /// The policy's actions that apply, in policy order.
    func actions(band: TriageBand, flags: [String], language: Language) -> [TriageResult.Action] {
        var chosen: [TriageResult.Action] = []
        for rule in catalog.policy.actions {
            let applies: Bool
            switch rule.when {
            case "always": applies = true
            case "otherwise": applies = chosen.isEmpty
            case let when where when.hasPrefix("band:"): applies = band.rawValue == when.dropFirst(5)
            default: applies = flags.contains(rule.when)
            }
            if applies { chosen.append(TriageResult.Action(id: rule.id, text: rule.text[language])) }
        }
        return chosen
    }

    /// The checklist questions of every dimension still unknown.
    func questions(statuses: [String: DimensionStatus], language: Language) -> [TriageResult.Question] {
        var questions: [TriageResult.Question] = []
        for dimension in catalog.dimensions where statuses[dimension.id] == .unknown {
            for id in dimension.ask {
                guard let indicator = catalog.indicator(id: id) else { continue }
                questions.append(TriageResult.Question(dimension: dimension.id, indicator: id, text: indicator.question[language]))
            }
        }
        return questions
    }
}
