/// What a narrative's phrases and a record's checklist say, before grading: indicator evidence with
/// who says so, the context signals found, and the forms of exploitation named.
struct CollectedEvidence {
    /// One piece of indicator evidence.
    struct Item {
        var indicator: Int
        var attribution: Attribution
        var source: EvidenceSource
        /// The narrative span; nil for a checklist answer.
        var span: PhraseMatch?
    }

    var items: [Item] = []
    var signals: Set<ContextSignal> = []
    var exploitation: Set<ExploitationType> = []
    /// The narrative rules exploitation out (see `ContextModifier.noExploitation`).
    var excludesExploitation = false
    /// The forms of exploitation named outside a hedge or rumour ("sells sex", not "maybe sells sex").
    var firmlyNamedExploitation: Set<ExploitationType> = []
    /// The worker is said to be free (see `ContextModifier.free`).
    var workerFree = false

    /// Sorts the non-negated `matches` by what they evidence, adds every checklist "yes" and the
    /// exploitation the record's sector implies.
    init(matches: [PhraseMatch], text: AnalysedText, targets: [MatchTarget], input: TriageInput, catalog: IndicatorCatalog) {
        let context = ModifierScope(matches: matches, targets: targets,
                                    sentenceCount: (text.tokens.last?.sentence ?? -1) + 1)
        excludesExploitation = context.excludesExploitation
        workerFree = context.workerFree
        // Signals and forms are noted in flags per case and made sets once: a set of string enums
        // hashes the raw value on every insert, and the same form is named many times in a call.
        var signalSeen = [Bool](repeating: false, count: ContextSignal.allCases.count)
        var formSeen = [Bool](repeating: false, count: ExploitationType.allCases.count)
        var firmFormSeen = formSeen
        for match in matches where !match.negated {
            if context.isOverOrAsked(match) { continue }
            switch targets[match.target] {
            case .indicator(let position):
                let attribution = Attribution.of(hedged: text.firstHedge[match.sentence] <= match.lastToken,
                                                 told: text.toldSentences[match.sentence], callerRole: input.callerRole)
                items.append(Item(indicator: position, attribution: attribution, source: .narrative, span: match))
            case .signal(let signal):
                if signal == .inCustody && (context.isHypothetical(match) || context.isInConditionalSentence(match)) { continue }
                signalSeen[signal.ordinal] = true
            case .exploitation(let type):
                formSeen[type.ordinal] = true
                if text.firstHedge[match.sentence] > match.lastToken { firmFormSeen[type.ordinal] = true }
            case .modifier:
                continue
            }
        }
        for (seen, signal) in zip(signalSeen, ContextSignal.allCases) where seen { signals.insert(signal) }
        for (seen, type) in zip(formSeen, ExploitationType.allCases) where seen { exploitation.insert(type) }
        for (seen, type) in zip(firmFormSeen, ExploitationType.allCases) where seen { firmlyNamedExploitation.insert(type) }
        for (id, answer) in input.checklist where answer == .yes {
            guard let position = catalog.position(ofIndicator: id) else { continue }
            let attribution: Attribution = input.callerRole == .`self` ? .disclosed : .observed
            items.append(Item(indicator: position, attribution: attribution, source: .checklist, span: nil))
        }
        for item in items {
            if let type = catalog.indicators[item.indicator].exploitation { exploitation.insert(type) }
        }
        if let sector = input.sector, let type = catalog.policy.sectorExploitation[sector.rawValue] { exploitation.insert(type) }
    }

    /// Adds what a second reading of some sentences in the other language found (see
    /// ``ForeignSentences``): its narrative evidence, signals and forms. Checklist answers and the
    /// sector were counted by the first reading.
    mutating func add(foreignReading other: CollectedEvidence) {
        items.append(contentsOf: other.items.filter { $0.source == .narrative })
        signals.formUnion(other.signals)
        exploitation.formUnion(other.exploitation)
        firmlyNamedExploitation.formUnion(other.firmlyNamedExploitation)
        excludesExploitation = excludesExploitation || other.excludesExploitation
        workerFree = workerFree || other.workerFree
    }

    /// The best graded evidence per indicator. Each item is graded under every profile that may apply
    /// (so learning of a sexual setting or a minor can only raise a grade) and lowered when suspected.
    func graded(profiles: [Profile], catalog: IndicatorCatalog) -> [IndicatorEvidence] {
        // Per indicator: the best evidence so far, and its grade under the profiles (looked up once).
        var best = [IndicatorEvidence?](repeating: nil, count: catalog.indicators.count)
        var profileGrade = [Grade?](repeating: nil, count: catalog.indicators.count)
        var looked = [Bool](repeating: false, count: catalog.indicators.count)
        for item in items {
            if !looked[item.indicator] {
                looked[item.indicator] = true
                let grades = catalog.indicators[item.indicator].grades
                profileGrade[item.indicator] = profiles.compactMap({ grades[$0] }).max()
            }
            guard var grade = profileGrade[item.indicator] else { continue }
            if item.attribution == .suspected { grade = grade.lowered(by: catalog.policy.suspectedDowngrade) ?? .weak }
            let evidence = IndicatorEvidence(indicator: item.indicator, grade: grade, source: item.source,
                                             attribution: item.attribution, start: item.span?.start ?? -1,
                                             end: item.span?.end ?? -1, utf8Start: item.span?.utf8Start ?? 0,
                                             utf8End: item.span?.utf8End ?? 0)
            if let known = best[item.indicator], !evidence.isBetter(than: known) { continue }
            best[item.indicator] = evidence
        }
        // Narrative evidence in reading order, then checklist answers.
        return best.compactMap { $0 }.sorted {
            ($0.source == .checklist ? 1 : 0, $0.start, $0.indicator) < ($1.source == .checklist ? 1 : 0, $1.start, $1.indicator)
        }
    }
}
