/// What the operator is told to do and ask next, from the policy's texts in the record's language.
enum OperatorGuidance {
    /// The policy's actions that apply, in policy order ("otherwise" applies when none before it did).
    static func actions(band: TriageBand, flags: [String], language: Language, policy: TriagePolicy) -> [TriageResult.Action] {
        var chosen: [TriageResult.Action] = []
        for rule in policy.actions {
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
    static func questions(statuses: [String: DimensionStatus], language: Language, catalog: IndicatorCatalog) -> [TriageResult.Question] {
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
