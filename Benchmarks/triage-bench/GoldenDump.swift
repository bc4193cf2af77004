// The golden check: every narrative the unit tests and the evaluation set hold, plus the benchmark's
// own texts, assessed and encoded one JSON line each. A speed change must leave this output byte for
// byte the same (scripts/golden-check.sh compares it with Tests/Golden/triage-results.jsonl.gz).

import Foundation
import HotlineCore

/// The inputs of the golden check, in a fixed order, each with a short label.
func goldenInputs(testSources: String, evalPath: String, benchTexts: [(String, String)]) -> [(String, TriageInput)] {
    var inputs: [(String, TriageInput)] = []
    // Every string literal of the core tests long enough to be a narrative, under each language choice.
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: testSources)) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
    for file in files {
        guard let source = try? String(contentsOfFile: testSources + "/" + file, encoding: .utf8) else { continue }
        for (number, literal) in swiftStringLiterals(in: source).enumerated() where literal.unicodeScalars.count >= 12 {
            for language in [nil, "da", "en"] as [String?] {
                inputs.append(("\(file)#\(number)/\(language ?? "auto")",
                               TriageInput(narrative: literal, language: language, callerRole: "third_party")))
            }
        }
    }
    // The evaluation set as the evaluator submits it.
    if let data = FileManager.default.contents(atPath: evalPath) {
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            var checklist: [String: String] = [:]
            for (key, value) in object["checklist"] as? [String: Any] ?? [:] { checklist[key] = "\(value)" }
            inputs.append(("eval:\(object["id"] as? String ?? "?")",
                           TriageInput(narrative: object["narrative"] as? String ?? "", language: object["language"] as? String,
                                       callerRole: object["caller_role"] as? String, checklist: checklist,
                                       subjectAge: object["subject_age"] as? Int,
                                       subjectAgeGroup: object["subject_age_group"] as? String,
                                       sector: object["sector"] as? String)))
        }
    }
    for (label, text) in benchTexts {
        inputs.append(("bench:\(label)", TriageInput(narrative: text, language: nil, callerRole: "third_party")))
    }
    // Everything at once: one long narrative with every distinct word of the tests, mixed case.
    let all = inputs.map(\.1.narrative).joined(separator: "\n")
    inputs.append(("all", TriageInput(narrative: all, language: "da")))
    inputs.append(("ALL", TriageInput(narrative: all.uppercased(), language: "en")))
    return inputs
}

/// Writes one line per input: its label, a tab, and the result encoded with sorted keys.
func writeGoldenDump(to path: String, engine: TriageEngine, inputs: [(String, TriageInput)]) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var output = ""
    for (label, input) in inputs {
        let result = engine.assess(input)
        output += label + "\t" + String(decoding: try! encoder.encode(result), as: UTF8.self) + "\n"
    }
    FileManager.default.createFile(atPath: path, contents: Data(output.utf8))
    print("\(inputs.count) results written to \(path)")
}

/// The contents of the `"..."` and `#"..."#` literals of Swift source (escapes \" \\ \n \t decoded; others kept).
func swiftStringLiterals(in source: String) -> [String] {
    var literals: [String] = []
    let scalars = Array(source.unicodeScalars)
    var index = 0
    while index < scalars.count {
        if scalars[index] == "/" && index + 1 < scalars.count && scalars[index + 1] == "/" {
            while index < scalars.count && scalars[index] != "\n" { index += 1 }
            continue
        }
        let raw = scalars[index] == "#" && index + 1 < scalars.count && scalars[index + 1] == "\""
        guard raw || scalars[index] == "\"" else { index += 1; continue }
        index += raw ? 2 : 1
        var literal = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if raw {
                if scalar == "\"" && index + 1 < scalars.count && scalars[index + 1] == "#" { index += 2; break }
            } else {
                if scalar == "\"" || scalar == "\n" { index += 1; break }
                if scalar == "\\" && index + 1 < scalars.count {
                    let next = scalars[index + 1]
                    switch next {
                    case "n": literal.append("\n")
                    case "t": literal.append("\t")
                    case "\"", "\\": literal.append(next)
                    default: literal.append(scalar); literal.append(next)
                    }
                    index += 2
                    continue
                }
            }
            literal.append(scalar)
            index += 1
        }
        literals.append(String(literal))
    }
    return literals
}
