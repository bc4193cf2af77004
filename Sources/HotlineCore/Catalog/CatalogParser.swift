import Yams

/// Reads catalog YAML into an `IndicatorCatalog`, collecting every problem with its line instead of
/// stopping at the first.
struct CatalogParser {
    let sourceName: String
    private(set) var problems: [CatalogError.Problem] = []
    /// Word classes per language (`classes:`), which a phrase names as `@name`.
    private(set) var classes: [Language: [String: [String]]] = [:]

    init(sourceName: String) { self.sourceName = sourceName }

    mutating func parse(_ yaml: String) throws(CatalogError) -> IndicatorCatalog {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: yaml) else {
                throw CatalogError(sourceName: sourceName, problems: [.init(line: 1, message: "the catalog is empty")])
            }
            root = composed
        } catch let error as CatalogError {
            throw error
        } catch let error as YamlError {
            throw CatalogError(sourceName: sourceName, problems: [Self.problem(from: error)])
        } catch {
            throw CatalogError(sourceName: sourceName, problems: [.init(line: 0, message: "\(error)")])
        }
        guard root.mapping != nil else {
            throw CatalogError(sourceName: sourceName, problems: [.init(line: line(root), message: "the catalog must be a mapping")])
        }
        let version = requiredString(root, "version", in: "the catalog") ?? ""
        if version.isEmpty && root["version"] != nil { report(root["version"]!, "version must not be empty") }
        let lexicons = parseLexicons(root)
        classes = parseClasses(root)
        let dimensions = parseDimensions(root)
        let indicators = parseIndicators(root, dimensions: dimensions)
        let signals = parseSignals(root)
        let exploitationSignals = parseExploitationSignals(root)
        let modifiers = parseModifiers(root)
        let policy = parsePolicy(root, dimensions: dimensions)
        let ids = Set(indicators.map(\.id))
        if let dimensionsNode = root["dimensions"]?.sequence {
            for (dimension, node) in zip(dimensions, dimensionsNode) {
                for id in dimension.ask where !ids.contains(id) {
                    report(node["ask"] ?? node, "dimension '\(dimension.id)' asks about unknown indicator '\(id)'")
                }
            }
        }
        if !problems.isEmpty { throw CatalogError(sourceName: sourceName, problems: problems) }
        var catalog = IndicatorCatalog(version: version, dimensions: dimensions, indicators: indicators, lexicons: lexicons,
                                       signals: signals, exploitationSignals: exploitationSignals, policy: policy)
        catalog.modifiers = modifiers
        return catalog
    }

    static func problem(from error: YamlError) -> CatalogError.Problem {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .init(line: mark.line, message: "YAML syntax: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .init(line: context.mark.line, message: "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return .init(line: 0, message: "YAML: \(error)")
        }
    }

    // MARK: - Sections

    mutating func parseLexicons(_ root: Node) -> [Language: CueLexicon] {
        guard let section = requiredMapping(root, "lexicon", in: "the catalog") else { return [:] }
        var lexicons: [Language: CueLexicon] = [:]
        for language in Language.allCases {
            guard let node = requiredMapping(section, language.rawValue, in: "lexicon") else { continue }
            func words(_ key: String) -> Set<String> {
                Set(stringList(node, key, in: "lexicon.\(language.rawValue)", required: false).map { $0.lowercased() })
            }
            lexicons[language] = CueLexicon(
                negations: words("negations"), hedges: words("hedges"), disclosures: words("disclosures"),
                contrasts: words("contrasts"), clauseStarters: words("clause_starters"),
                listConjunctions: words("list_conjunctions"), relatives: words("relatives"),
                falseFriends: words("false_friends"), shortNegations: words("short_negations"),
                topics: stringList(node, "topics", in: "lexicon.\(language.rawValue)", required: false)
                    .map { Tokenizer.tokenize($0).map(\.text) }.filter { !$0.isEmpty },
                knowledgeWords: words("knowledge_words"))
            lexicons[language]?.relativePronouns = words("relative_pronouns")
            if let numbers = node["number_words"] {
                var table: [String: Int] = [:]
                for (key, value) in numbers.mapping ?? [:] {
                    if let word = key.string?.lowercased(), let number = value.int { table[word] = number }
                    else { report(key, "lexicon.\(language.rawValue).number_words: word → whole number") }
                }
                if numbers.mapping == nil { report(numbers, "lexicon.\(language.rawValue).number_words must map words to numbers") }
                lexicons[language]?.numberWords = table
            }
            if words("negations").isEmpty { report(node, "lexicon.\(language.rawValue) needs negations") }
        }
        return lexicons
    }

    /// `classes: {da: {controller: [arbejdsgiver, chef, ...]}, en: {...}}`: each entry is one word
    /// position's alternatives in phrase notation; a phrase writes `@controller` for any of them.
    mutating func parseClasses(_ root: Node) -> [Language: [String: [String]]] {
        guard let section = root["classes"] else { return [:] }
        guard section.mapping != nil else { report(section, "classes must map da and en to named word classes"); return [:] }
        var result: [Language: [String: [String]]] = [:]
        for language in Language.allCases {
            guard let node = section[language.rawValue] else { continue }
            guard let map = node.mapping else { report(node, "classes.\(language.rawValue) must map names to word lists"); continue }
            var named: [String: [String]] = [:]
            for (key, _) in map {
                guard let name = key.string, !name.isEmpty,
                      name.unicodeScalars.allSatisfy({ $0.properties.isLowercase || $0 == "_" || ("0"..."9").contains($0) }) else {
                    report(key, "classes.\(language.rawValue): a class name is lowercase letters, digits and _")
                    continue
                }
                let words = stringList(node, name, in: "classes.\(language.rawValue)", required: true)
                if words.isEmpty { report(key, "classes.\(language.rawValue).\(name) is empty") }
                for word in words where word.contains(" ") || word.contains("@") || word.contains("|") {
                    report(key, "classes.\(language.rawValue).\(name): '\(word)' must be one word or a_joined_phrase")
                }
                named[name] = words
            }
            result[language] = named
        }
        return result
    }

    /// Replaces each `@name` alternative in `phrase` by the class's words.
    func expandingClasses(_ phrase: String, language: Language) throws(PhraseSyntaxError) -> String {
        guard phrase.contains("@") else { return phrase }
        let known = classes[language] ?? [:]
        var words: [String] = []
        for word in phrase.split(separator: " ", omittingEmptySubsequences: true) {
            guard word.contains("@") else { words.append(String(word)); continue }
            var alternatives: [String] = []
            for alternative in word.split(separator: "|") {
                if alternative.hasPrefix("@") {
                    let name = String(alternative.dropFirst())
                    guard let members = known[name] else {
                        throw PhraseSyntaxError("'@\(name)' is not a word class of '\(language.rawValue)' (classes.\(language.rawValue))")
                    }
                    alternatives.append(contentsOf: members)
                } else {
                    alternatives.append(String(alternative))
                }
            }
            words.append(alternatives.joined(separator: "|"))
        }
        return words.joined(separator: " ")
    }

    mutating func parseDimensions(_ root: Node) -> [Dimension] {
        guard let list = requiredSequence(root, "dimensions", in: "the catalog") else { return [] }
        var dimensions: [Dimension] = []
        var seen: Set<String> = []
        for node in list {
            guard let id = requiredString(node, "id", in: "a dimension") else { continue }
            if !seen.insert(id).inserted { report(node, "duplicate dimension id '\(id)'") }
            let phase = requiredString(node, "phase", in: "dimension '\(id)'") ?? ""
            if !phase.isEmpty && phase != "recruitment" && phase != "destination" {
                report(node["phase"]!, "dimension '\(id)': phase must be recruitment or destination")
            }
            let label = localized(node, "label", in: "dimension '\(id)'")
            let ask = stringList(node, "ask", in: "dimension '\(id)'", required: false)
            dimensions.append(Dimension(id: id, phase: phase, label: label, ask: ask))
        }
        return dimensions
    }

    mutating func parseIndicators(_ root: Node, dimensions: [Dimension]) -> [Indicator] {
        guard let list = requiredSequence(root, "indicators", in: "the catalog") else { return [] }
        let dimensionIDs = Set(dimensions.map(\.id))
        var indicators: [Indicator] = []
        var seen: [String: Int] = [:]
        for node in list {
            guard let id = requiredString(node, "id", in: "an indicator") else { continue }
            if let first = seen[id] {
                report(node, "duplicate indicator id '\(id)' (first at line \(first))")
            } else {
                seen[id] = line(node)
            }
            let context = "indicator '\(id)'"
            let dimension = requiredString(node, "dimension", in: context) ?? ""
            if !dimension.isEmpty && !dimensionIDs.contains(dimension) {
                report(node["dimension"]!, "\(context): unknown dimension '\(dimension)'")
            }
            var grades: [Profile: Grade] = [:]
            if let gradesNode = requiredMapping(node, "grades", in: context) {
                grades = gradeMap(gradesNode, key: Profile.init(rawValue:),
                                  unknownKey: "\(context): unknown profile '%@' (adult_labour, adult_sexual, child_labour, child_sexual)",
                                  badGrade: "\(context): grade must be strong, medium or weak")
                if grades.isEmpty { report(gradesNode, "\(context): needs a grade for at least one profile") }
            }
            var exploitation: ExploitationType? = nil
            if let value = node["exploitation"] {
                exploitation = value.string.flatMap(ExploitationType.init(rawValue:))
                if exploitation == nil { report(value, "\(context): exploitation must be sexual, labour or criminality") }
            }
            var elements: [TriageElement: Grade] = [:]
            if let value = node["elements"] {
                if value.mapping != nil {
                    elements = gradeMap(value, key: TriageElement.init(rawValue:),
                                        unknownKey: "\(context): unknown element '%@' (act, means, purpose)",
                                        badGrade: "\(context): an element's weight must be strong, medium or weak")
                } else {
                    report(value, "\(context): elements must map act/means/purpose to strong, medium or weak")
                }
            }
            var forcedLabour: [ForcedLabourSign] = []
            for name in stringList(node, "forced_labour", in: context, required: false) {
                if let sign = ForcedLabourSign(rawValue: name) { forcedLabour.append(sign) }
                else { report(node["forced_labour"]!, "\(context): forced_labour lists involuntariness and/or menace") }
            }
            let label = localized(node, "label", in: context)
            let question = localized(node, "question", in: context)
            let phrases = phraseLists(node, "phrases", in: context, required: true)
            indicators.append(Indicator(id: id, dimension: dimension, grades: grades, exploitation: exploitation,
                                        label: label, question: question, phrases: phrases, line: line(node),
                                        elements: elements, forcedLabour: forcedLabour))
        }
        return indicators
    }

    mutating func parseSignals(_ root: Node) -> [ContextSignal: [Language: [String]]] {
        guard let section = requiredMapping(root, "signals", in: "the catalog") else { return [:] }
        var signals: [ContextSignal: [Language: [String]]] = [:]
        for (key, _) in section.mapping! where key.string.flatMap(ContextSignal.init(rawValue:)) == nil {
            report(key, "unknown signal '\(key.string ?? "")' (\(ContextSignal.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        for signal in ContextSignal.allCases {
            signals[signal] = phraseLists(section, signal.rawValue, in: "signals", required: true)
        }
        return signals
    }

    mutating func parseExploitationSignals(_ root: Node) -> [ExploitationType: [Language: [String]]] {
        guard let section = requiredMapping(root, "exploitation_signals", in: "the catalog") else { return [:] }
        var signals: [ExploitationType: [Language: [String]]] = [:]
        for (key, _) in section.mapping! where key.string.flatMap(ExploitationType.init(rawValue:)) == nil {
            report(key, "unknown exploitation type '\(key.string ?? "")'")
        }
        for type in ExploitationType.allCases {
            signals[type] = phraseLists(section, type.rawValue, in: "exploitation_signals", required: true)
        }
        return signals
    }

    mutating func parseModifiers(_ root: Node) -> [ContextModifier: [Language: [String]]] {
        // Optional: a catalog without ConText modifiers reads every phrase as affirmed and present.
        guard root["context"] != nil, let section = requiredMapping(root, "context", in: "the catalog") else { return [:] }
        var modifiers: [ContextModifier: [Language: [String]]] = [:]
        for (key, _) in section.mapping! where key.string.flatMap(ContextModifier.init(rawValue:)) == nil {
            report(key, "unknown context modifier '\(key.string ?? "")' (\(ContextModifier.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        for modifier in ContextModifier.allCases {
            // `conditional` came later: a catalog written before it still loads (custody is then
            // dropped only after a condition, not before one).
            modifiers[modifier] = phraseLists(section, modifier.rawValue, in: "context", required: modifier != .conditional)
        }
        return modifiers
    }

    mutating func parsePolicy(_ root: Node, dimensions: [Dimension]) -> TriagePolicy {
        let empty = TriagePolicy(positiveWhen: [], suspectedDowngrade: 1, recruitmentDimensions: [], exploitationDimension: "",
                                 coercionDimension: "", destinationDimensions: [], highRiskMinorExploitation: [],
                                 sectorExploitation: [:],
                                 score: ScoreWeights(strong: 0, medium: 0, weak: 0, positiveDimension: 0,
                                                     presumedTrafficking: 0, flag: [:], bandFloor: [:]),
                                 actions: [])
        guard let node = requiredMapping(root, "policy", in: "the catalog") else { return empty }
        let dimensionIDs = Set(dimensions.map(\.id))
        let positiveWhen = countRules(node, "positive_when", in: "policy")
        func dimension(_ key: String) -> String {
            guard let id = requiredString(node, key, in: "policy") else { return "" }
            if !dimensionIDs.contains(id) { report(node[key]!, "policy.\(key): unknown dimension '\(id)'") }
            return id
        }
        func dimensionList(_ key: String) -> [String] {
            let ids = stringList(node, key, in: "policy", required: true)
            for id in ids where !dimensionIDs.contains(id) { report(node[key]!, "policy.\(key): unknown dimension '\(id)'") }
            return ids
        }
        let downgrade = node["suspected_downgrade"]?.int ?? 1
        let recruitment = dimensionList("recruitment_dimensions")
        let exploitation = dimension("exploitation_dimension")
        let coercion = dimension("coercion_dimension")
        let destination = dimensionList("destination_dimensions")
        var highRisk: [ExploitationType] = []
        for name in stringList(node, "high_risk_minor_exploitation", in: "policy", required: true) {
            if let type = ExploitationType(rawValue: name) { highRisk.append(type) }
            else { report(node["high_risk_minor_exploitation"]!, "policy: unknown exploitation type '\(name)'") }
        }
        var sectors: [String: ExploitationType] = [:]
        if let map = node["sector_exploitation"]?.mapping {
            for (key, value) in map {
                guard let sector = key.string, let type = value.string.flatMap(ExploitationType.init(rawValue:)) else {
                    report(value, "policy.sector_exploitation: values are sexual, labour or criminality")
                    continue
                }
                sectors[sector] = type
            }
        }
        var weights = empty.score
        if let score = requiredMapping(node, "score", in: "policy") {
            func int(_ key: String) -> Int {
                guard let value = score[key] else { report(score, "policy.score needs '\(key)'"); return 0 }
                guard let number = value.int, number >= 0 else { report(value, "policy.score.\(key) must be a whole number ≥ 0"); return 0 }
                return number
            }
            weights.strong = int("strong")
            weights.medium = int("medium")
            weights.weak = int("weak")
            weights.positiveDimension = int("positive_dimension")
            weights.presumedTrafficking = int("presumed_trafficking")
            for (key, value) in score["flags"]?.mapping ?? [:] {
                if let name = key.string, let number = value.int { weights.flag[name] = number }
                else { report(key, "policy.score.flags: name → whole number") }
            }
            for (key, value) in score["band_floor"]?.mapping ?? [:] {
                if let name = key.string, let number = value.int, ["low", "medium", "high"].contains(name) { weights.bandFloor[name] = number }
                else { report(key, "policy.score.band_floor: low/medium/high → whole number") }
            }
        }
        var actions: [ActionRule] = []
        if let list = requiredSequence(node, "actions", in: "policy") {
            let known = Set(ContextSignal.allCases.filter(\.isFlag).map(\.rawValue))
                .union(["band:high", "band:medium", "band:low", "band:none", "otherwise", "always"])
            for action in list {
                guard let id = requiredString(action, "id", in: "a policy action") else { continue }
                let when = requiredString(action, "when", in: "action '\(id)'") ?? ""
                if !when.isEmpty && !known.contains(when) {
                    report(action["when"]!, "action '\(id)': 'when' must be one of \(known.sorted().joined(separator: ", "))")
                }
                actions.append(ActionRule(id: id, when: when, text: localized(action, "text", in: "action '\(id)'")))
            }
        }
        return TriagePolicy(positiveWhen: positiveWhen, suspectedDowngrade: downgrade, recruitmentDimensions: recruitment,
                            exploitationDimension: exploitation, coercionDimension: coercion,
                            destinationDimensions: destination, highRiskMinorExploitation: highRisk,
                            sectorExploitation: sectors, score: weights, actions: actions,
                            screening: parseScreening(node))
    }

    mutating func parseScreening(_ policy: Node) -> ScreeningRules {
        guard let node = requiredMapping(policy, "screening", in: "policy") else { return .empty }
        let context = "policy.screening"
        var actSignals: [ContextSignal] = []
        for name in stringList(node, "act_signals", in: context, required: true) {
            if let signal = ContextSignal(rawValue: name) { actSignals.append(signal) }
            else { report(node["act_signals"]!, "\(context).act_signals: unknown signal '\(name)'") }
        }
        var cap = TriageBand.medium
        if let name = requiredString(node, "suspected_only_cap", in: context) {
            if let band = TriageBand(rawValue: name) { cap = band }
            else { report(node["suspected_only_cap"]!, "\(context).suspected_only_cap must be none, low, medium or high") }
        }
        var formPurpose: [ExploitationType: Grade] = [:]
        if let map = node["form_purpose"], map.mapping != nil {
            formPurpose = gradeMap(map, key: ExploitationType.init(rawValue:),
                                   unknownKey: "\(context).form_purpose: unknown form of exploitation '%@'",
                                   badGrade: "\(context).form_purpose: a weight is strong, medium or weak")
        }
        var rules = ScreeningRules(
            elementEvidencedWhen: countRules(node, "element_evidenced_when", in: context),
            actSignals: actSignals,
            minorExploitedWhen: countRules(node, "minor_exploited_when", in: context),
            dangerWhen: countRules(node, "danger_when", in: context),
            mediumWhen: countRules(node, "medium_when", in: context),
            suspectedOnlyCap: cap)
        rules.formPurpose = formPurpose
        if let value = node["free_worker_cap"] {
            if let band = value.string.flatMap(TriageBand.init(rawValue:)) { rules.freeWorkerCap = band }
            else { report(value, "\(context).free_worker_cap must be none, low, medium or high") }
        }
        if let value = node["forced_labour_needs_work"] {
            if let flag = value.bool { rules.forcedLabourNeedsWork = flag }
            else { report(value, "\(context).forced_labour_needs_work must be true or false") }
        }
        return rules
    }

    /// A list of grade-count rules such as `[{strong: 1}, {medium: 2}]`.
    mutating func countRules(_ node: Node, _ key: String, in context: String) -> [GradeCounts] {
        var result: [GradeCounts] = []
        guard let rules = requiredSequence(node, key, in: context) else { return result }
        for rule in rules {
            guard rule.mapping != nil else { report(rule, "\(context).\(key): each rule is a mapping like {strong: 1, weak: 1}"); continue }
            var counts = GradeCounts()
            for (name, value) in rule.mapping! {
                guard let grade = name.string.flatMap(Self.grade), let count = value.int, count >= 0 else {
                    report(name, "\(context).\(key): use strong/medium/weak with a whole number")
                    continue
                }
                switch grade {
                case .strong: counts.strong = count
                case .medium: counts.medium = count
                case .weak: counts.weak = count
                }
            }
            if counts.total == 0 { report(rule, "\(context).\(key): a rule needs at least one indicator") }
            result.append(counts)
        }
        return result
    }

    // MARK: - Helpers

    /// A mapping from names (profiles, elements, forms) to grades; `unknownKey` has '%@' for the name.
    mutating func gradeMap<Key: Hashable>(_ node: Node, key: (String) -> Key?, unknownKey: String,
                                          badGrade: String) -> [Key: Grade] {
        var result: [Key: Grade] = [:]
        for (name, value) in node.mapping ?? [:] {
            guard let parsed = name.string.flatMap(key) else {
                report(name, unknownKey.replacingOccurrences(of: "%@", with: name.string ?? ""))
                continue
            }
            guard let grade = value.string.flatMap(Self.grade) else {
                report(value, badGrade)
                continue
            }
            result[parsed] = grade
        }
        return result
    }

    static func grade(_ text: String) -> Grade? {
        switch text.lowercased() {
        case "strong", "s": .strong
        case "medium", "m": .medium
        case "weak", "w": .weak
        default: nil
        }
    }

    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    mutating func report(_ node: Node, _ message: String) {
        problems.append(.init(line: line(node), message: message))
    }

    mutating func requiredString(_ node: Node, _ key: String, in context: String) -> String? {
        guard node.mapping != nil else { report(node, "\(context) must be a mapping"); return nil }
        guard let value = node[key] else { report(node, "\(context) is missing '\(key)'"); return nil }
        guard let text = value.scalar?.string else { report(value, "\(context): '\(key)' must be text"); return nil }
        return text
    }

    mutating func requiredMapping(_ node: Node, _ key: String, in context: String) -> Node? {
        guard let value = node[key] else { report(node, "\(context) is missing '\(key)'"); return nil }
        guard value.mapping != nil else { report(value, "\(context): '\(key)' must be a mapping"); return nil }
        return value
    }

    mutating func requiredSequence(_ node: Node, _ key: String, in context: String) -> Node.Sequence? {
        guard let value = node[key] else { report(node, "\(context) is missing '\(key)'"); return nil }
        guard let list = value.sequence else { report(value, "\(context): '\(key)' must be a list"); return nil }
        return list
    }

    mutating func stringList(_ node: Node, _ key: String, in context: String, required: Bool) -> [String] {
        guard let value = node[key] else {
            if required { report(node, "\(context) is missing '\(key)'") }
            return []
        }
        guard let list = value.sequence else { report(value, "\(context): '\(key)' must be a list"); return [] }
        var strings: [String] = []
        for item in list {
            if let text = item.scalar?.string { strings.append(text) } else { report(item, "\(context): '\(key)' holds text only") }
        }
        return strings
    }

    mutating func localized(_ node: Node, _ key: String, in context: String) -> LocalizedText {
        guard let value = requiredMapping(node, key, in: context) else { return LocalizedText(danish: "", english: "") }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            guard let text = value[language.rawValue]?.scalar?.string, !text.trimmingSpaces.isEmpty else {
                report(value, "\(context): '\(key)' needs a non-empty '\(language.rawValue)' text")
                continue
            }
            texts[language] = text
        }
        return LocalizedText(danish: texts[.danish] ?? "", english: texts[.english] ?? "")
    }

    /// `{da: [...], en: [...]}`: both languages required, every phrase must parse.
    mutating func phraseLists(_ node: Node, _ key: String, in context: String, required: Bool) -> [Language: [String]] {
        guard let value = node[key] else {
            if required { report(node, "\(context) is missing '\(key)'") }
            return [:]
        }
        guard value.mapping != nil else { report(value, "\(context): '\(key)' must map da and en to phrase lists"); return [:] }
        var result: [Language: [String]] = [:]
        for language in Language.allCases {
            guard let list = value[language.rawValue]?.sequence, !list.isEmpty else {
                report(value, "\(context): '\(key)' needs at least one '\(language.rawValue)' phrase")
                continue
            }
            var phrases: [String] = []
            for item in list {
                guard let written = item.scalar?.string else { report(item, "\(context): a phrase must be text"); continue }
                let text = written
                do throws(PhraseSyntaxError) {
                    let expanded = try expandingClasses(written, language: language)
                    _ = try PhraseSyntax.parseVariants(expanded)
                    phrases.append(expanded)
                } catch {
                    report(item, "\(context): phrase \"\(text)\" is unusable: \(error.description)")
                }
            }
            result[language] = phrases
        }
        return result
    }
}

extension String {
    var trimmingSpaces: Substring {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}
