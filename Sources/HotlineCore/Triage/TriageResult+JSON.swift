extension TriageResult {
    /// The result as the API's `triage` object, built directly as a tree: the same tree
    /// `JSONEncoder` makes of this type's `Codable` form (a test keeps the two equal), without
    /// encoding to bytes and parsing them back.
    public var json: JSONValue {
        .object([
            "score": .integer(score),
            "band": .string(band.rawValue),
            "presumed_trafficking": .bool(presumedTrafficking),
            "forced_labour": .bool(forcedLabour),
            "elements": .object(elements.mapValues(\.json)),
            "profile": .string(profile),
            "language": .string(language),
            "exploitation": .array(exploitation.map(JSONValue.string)),
            "flags": .array(flags.map(JSONValue.string)),
            "dimensions": .object(dimensions.mapValues(\.json)),
            "indicators": .array(indicators.map(\.json)),
            "actions": .array(actions.map { .object(["id": .string($0.id), "text": .string($0.text)]) }),
            "next_questions": .array(
                nextQuestions.map {
                    .object(["dimension": .string($0.dimension), "indicator": .string($0.indicator), "text": .string($0.text)])
                }),
            "catalog_version": .string(catalogVersion),
        ])
    }
}

extension TriageResult.ElementResult {
    var json: JSONValue {
        .object([
            "status": .string(status.rawValue),
            "indicators": .array(indicators.map(JSONValue.string)),
            "signals": .array(signals.map(JSONValue.string)),
        ])
    }
}

extension TriageResult.DimensionResult {
    var json: JSONValue {
        .object(["status": .string(status.rawValue), "indicators": .array(indicators.map(JSONValue.string))])
    }
}

extension TriageResult.MatchedIndicator {
    var json: JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(id),
            "dimension": .string(dimension),
            "strength": .string(strength.rawValue),
            "source": .string(source.rawValue),
            "attribution": .string(attribution.rawValue),
        ]
        if let evidence {
            object["evidence"] = .object(["start": .integer(evidence.start), "end": .integer(evidence.end), "text": .string(evidence.text)])
        }
        if let noteID { object["note_id"] = .integer(Int(noteID)) }
        return .object(object)
    }
}
