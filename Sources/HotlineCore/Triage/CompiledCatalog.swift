/// The catalog's phrases stemmed and indexed per language, built once when the engine starts.
struct CompiledCatalog: Sendable {
    var targets: [MatchTarget] = []
    var indexes: [Language: PhraseIndex] = [:]

    init(catalog: IndicatorCatalog, stemmers: any StemmerFactory) throws(CatalogError) {
        var problems: [CatalogError.Problem] = []
        var sources: [(MatchTarget, [Language: [String]], Int, String)] = []
        for (position, indicator) in catalog.indicators.enumerated() {
            sources.append((.indicator(position), indicator.phrases, indicator.line, "indicator '\(indicator.id)'"))
        }
        for signal in ContextSignal.allCases {
            sources.append((.signal(signal), catalog.signals[signal] ?? [:], 0, "signal '\(signal.rawValue)'"))
        }
        for modifier in ContextModifier.allCases {
            sources.append((.modifier(modifier), catalog.modifiers[modifier] ?? [:], 0, "context modifier '\(modifier.rawValue)'"))
        }
        for type in ExploitationType.allCases {
            sources.append((.exploitation(type), catalog.exploitationSignals[type] ?? [:], 0, "exploitation signal '\(type.rawValue)'"))
        }
        for language in Language.allCases {
            var stemmer: any Stemmer = stemmers.makeStemmer(for: language) ?? IdentityStemmer()
            var index = PhraseIndex(lexicon: catalog.lexicons[language] ?? CueLexicon())
            for (target, phrases, line, name) in sources {
                let targetID = targets.count
                targets.append(target)
                for phrase in phrases[language] ?? [] {
                    do throws(PhraseSyntaxError) {
                        for syntax in try PhraseSyntax.parseVariants(phrase) {
                            let compiled = CompiledPhrase(syntax, target: targetID, stemmer: &stemmer, index: &index)
                            if compiled.hasEmptyStem {
                                problems.append(.init(line: line, message: "\(name): phrase \"\(phrase)\" stems to nothing"))
                                continue
                            }
                            index.add(compiled)
                        }
                    } catch {
                        problems.append(.init(line: line, message: "\(name): phrase \"\(phrase)\" is unusable: \(error.description)"))
                    }
                }
            }
            indexes[language] = index
        }
        if !problems.isEmpty { throw CatalogError(sourceName: catalog.sourceName, problems: problems) }
    }
}
