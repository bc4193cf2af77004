// The golden check: every call of our labelled vignettes, plus the benchmark's own texts, assessed
// and encoded one JSON line each. A speed change must leave this output byte for
// byte the same (scripts/golden-check.sh compares it with Tests/Golden/triage-results.jsonl.gz).

import Foundation
import HotlineCore

/// The inputs of the golden check, in a fixed order, each with a short label: every call of the
/// labelled vignette files in `vignettes` (`*.jsonl`, sorted by name), as the evaluator submits them
/// and once more with the language left to the detector. All inputs live in the repository, so the
/// check means the same on every machine and does not move when a test is added.
func goldenInputs(vignettes: String, benchTexts: [(String, String)]) -> [(String, TriageInput)] {
    var inputs: [(String, TriageInput)] = []
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: vignettes)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
    for file in files {
        guard let data = FileManager.default.contents(atPath: vignettes + "/" + file) else { continue }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            let id = object["id"] as? String ?? "?"
            let stated = triageInput(fromLabelledCall: object)
            inputs.append(("\(file):\(id)/\(stated.language?.rawValue ?? "auto")", stated))
            inputs.append(("\(file):\(id)/auto", triageInput(fromLabelledCall: object, language: .some(nil))))
        }
    }
    for (label, text) in benchTexts {
        inputs.append(("bench:\(label)", TriageInput(narrative: text, language: nil, callerRole: .thirdParty)))
    }
    // Everything at once: one long narrative with every distinct word of the tests, mixed case.
    let all = inputs.map(\.1.narrative).joined(separator: "\n")
    inputs.append(("all", TriageInput(narrative: all, language: .danish)))
    inputs.append(("ALL", TriageInput(narrative: all.uppercased(), language: .english)))
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
