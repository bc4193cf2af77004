// triage-bench: measures the triage engine's speed, and with --eval scores it against labelled
// vignettes the way shared/eval/triage_eval.py scores the daemon.
//
//   triage-bench [--catalog Config/indicators.yaml] [--phases] [--size 512|2048|16384] [--runs N]
//                                                                    speed (narratives/s per core);
//                                                                    --phases also times the parts
//   triage-bench --eval cases.jsonl [--verbose] [--catalog FILE]     quality metrics and every miss
//   triage-bench --json "synthetic narrative" [--language da|en] [--role self]   one result as JSON
//   triage-bench --dump FILE [--eval cases.jsonl]                    the golden check's results, one line each
//
// Prints figures only; narratives are never printed (only case ids).

import Foundation
import HotlineCore
import HotlineFiles
import HotlineStemming

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let catalogPath = option("--catalog") ?? "Config/indicators.yaml"
let verbose = arguments.contains("--verbose")

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

let loadStart = now()
let catalog: IndicatorCatalog
do {
    catalog = try IndicatorCatalog.load(contentsOf: catalogPath)
} catch {
    FileHandle.standardError.write(Data("\(error.description)\n".utf8))
    exit(2)
}
let parsed = now()
let engine = try TriageEngine(catalog: catalog, stemmers: SnowballStemmerFactory())
let loadEnd = now()

if let narrative = option("--json") {
    // Prints one assessment as the daemon would encode it (for eyeballing; use synthetic text only).
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    let result = engine.assess(TriageInput(narrative: narrative, language: option("--language").flatMap(NarrativeLanguage.init(rawValue:)),
                                               callerRole: option("--role").flatMap(CallerRole.init(rawValue:))))
    print(String(decoding: try encoder.encode(result), as: UTF8.self))
} else if let dumpPath = option("--dump") {
    var benchTexts: [(String, String)] = []
    for size in BenchTexts.sizes {
        for (name, sentences) in [("en", BenchTexts.english), ("da", BenchTexts.danish)] {
            benchTexts.append(("\(size)-\(name)", BenchTexts.text(size: size, sentences: sentences)))
        }
    }
    writeGoldenDump(to: dumpPath, engine: engine,
                    inputs: goldenInputs(vignettes: option("--vignettes") ?? "Tests/Vignettes", benchTexts: benchTexts))
} else if let evalPath = option("--eval") {
    runEvaluation(path: evalPath)
} else {
    print(String(format: "catalog %@ (%d indicators): parse %.1f ms, compile %.1f ms, total load %.1f ms",
                 catalog.version, catalog.indicators.count, (parsed - loadStart) * 1000, (loadEnd - parsed) * 1000,
                 (loadEnd - loadStart) * 1000))
    runSpeed()
}

// MARK: - Speed

func runSpeed() {
    let onlySize = option("--size").flatMap { Int($0) }   // --size 2048: one size only (for profiling)
    // --runs N: exactly N assessments (rounded up to 20) instead of one second, for `perf stat -e instructions`.
    let fixedRuns = option("--runs").flatMap { Int($0) }
    for size in BenchTexts.sizes where onlySize == nil || onlySize == size {
        for (name, sentences) in [("en", BenchTexts.english), ("da", BenchTexts.danish)] {
            let text = BenchTexts.text(size: size, sentences: sentences)
            let input = TriageInput(narrative: text, language: nil, callerRole: .thirdParty)
            var checksum = 0
            for _ in 0..<20 { checksum &+= engine.assess(input).score }   // warm up
            var runs = 0
            let start = now()
            var elapsed = 0.0
            repeat {
                for _ in 0..<20 { checksum &+= engine.assess(input).score }
                runs += 20
                elapsed = now() - start
            } while (fixedRuns == nil && elapsed < 1.0) || runs < (fixedRuns ?? 0)
            if CommandLine.arguments.contains("--phases") {
                let t0 = now()
                var count = 0
                for _ in 0..<2000 { count &+= Tokenizer.tokenize(text).count }
                let t1 = now()
                let tokens = Tokenizer.tokenize(text)
                for _ in 0..<2000 { count &+= LanguageDetector.detect(tokens: tokens) == .danish ? 1 : 0 }
                let t2 = now()
                let factory = SnowballStemmerFactory()
                for _ in 0..<2000 { if var stemmer = factory.makeStemmer(for: .danish) { count &+= stemmer.stem("arbejder").count } }
                let t3 = now()
                let empty = TriageInput(narrative: "Hej.", language: .danish, callerRole: .`self`)
                for _ in 0..<2000 { count &+= engine.assess(empty).score }
                let t4 = now()
                print(String(format: "    fixed cost per call %.1f µs", (t4 - t3) / 2000 * 1e6))
                print(String(format: "    tokenize %.1f µs, detect %.1f µs, new stemmer %.1f µs (%d tokens)", (t1 - t0) / 2000 * 1e6, (t2 - t1) / 2000 * 1e6, (t3 - t2) / 2000 * 1e6, tokens.count))
            }
            print(String(format: "%5.1f KiB %@: %9.0f narratives/s per core (%.1f µs each) [checksum %d]",
                         Double(size) / 1024, name, Double(runs) / elapsed, elapsed / Double(runs) * 1e6, checksum % 10))
        }
    }
}

// MARK: - Evaluation

func runEvaluation(path: String) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        print("cannot read \(path)")
        exit(2)
    }
    let knownFlags: Set<String> = ["minor", "unaccompanied_minor", "in_custody", "immediate_danger"]
    var total = 0, bandOK = 0, highN = 0, highHit = 0, calmN = 0, calmAlarm = 0
    var tp = 0, fp = 0, fn = 0, tn = 0, exNeed = 0, exHit = 0, flTP = 0, flFP = 0, flFN = 0
    var perLanguage: [String: (Int, Int)] = [:]
    var misses: [String] = []
    for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let expect = object["expect"] as? [String: Any] else { continue }
        let id = object["id"] as? String ?? "?"
        let input = triageInput(fromLabelledCall: object)
        let result = engine.assess(input)
        total += 1
        let wantBands = expect["band"] as? [String] ?? []
        let ok = wantBands.contains(result.band.rawValue)
        if ok { bandOK += 1 }
        let language = object["_lang"] as? String ?? object["language"] as? String ?? "?"
        var counts = perLanguage[language] ?? (0, 0)
        counts.0 += ok ? 1 : 0
        counts.1 += 1
        perLanguage[language] = counts
        if wantBands == ["high"] { highN += 1; if result.band == .high { highHit += 1 } }
        if Set(wantBands).isSubset(of: ["none", "low"]) { calmN += 1; if result.band >= .medium { calmAlarm += 1 } }
        if let presumed = expect["presumed_trafficking"] as? Bool {
            if presumed { if result.presumedTrafficking { tp += 1 } else { fn += 1 } }
            else { if result.presumedTrafficking { fp += 1 } else { tn += 1 } }
        }
        let gotExploitation = Set(result.exploitation)
        for type in expect["exploitation"] as? [String] ?? [] { exNeed += 1; if gotExploitation.contains(type) { exHit += 1 } }
        let gotFlags = Set(result.flags).intersection(knownFlags)
        let wantFlags = Set(expect["flags"] as? [String] ?? [])
        flTP += gotFlags.intersection(wantFlags).count
        flFP += gotFlags.subtracting(wantFlags).count
        flFN += wantFlags.subtracting(gotFlags).count
        let presumedWanted = (expect["presumed_trafficking"] as? Bool).map { "\($0)" } ?? "any"
        let flagsOK = gotFlags == wantFlags
        let summary = String(format: "%@ %@ band=%@ want=%@ score=%d presumed=%@(want %@) expl=%@ flags=%@%@",
                             id, ok ? "ok  " : "MISS", result.band.rawValue, wantBands.joined(separator: "/"), result.score,
                             "\(result.presumedTrafficking)", presumedWanted, result.exploitation.joined(separator: ","),
                             gotFlags.sorted().joined(separator: ","), flagsOK ? "" : " (want \(wantFlags.sorted().joined(separator: ",")))")
        if verbose || !ok || !flagsOK { misses.append(summary) }
        if verbose {
            for dimension in catalog.dimensions {
                let entry = result.dimensions[dimension.id]!
                if !entry.indicators.isEmpty {
                    let detail = result.indicators.filter { $0.dimension == dimension.id }
                        .map { "\($0.id)[\($0.strength.rawValue),\($0.attribution.rawValue)]" }.joined(separator: " ")
                    misses.append("      \(dimension.id): \(entry.status.rawValue): \(detail)")
                }
            }
        }
    }
    func ratio(_ a: Int, _ b: Int) -> String { b == 0 ? "n/a" : String(format: "%.2f", Double(a) / Double(b)) }
    for line in misses { print(line) }
    print("cases=\(total) answered=\(total) errors=0")
    for (language, counts) in perLanguage.sorted(by: { $0.key < $1.key }) {
        print("band_ok[\(language)]=\(ratio(counts.0, counts.1)) (\(counts.0)/\(counts.1))")
    }
    print("high_recall=\(ratio(highHit, highN)) (\(highHit)/\(highN))  false_alarm=\(ratio(calmAlarm, calmN)) (\(calmAlarm)/\(calmN))")
    print("presumed: tp=\(tp) fn=\(fn) fp=\(fp) tn=\(tn)  sensitivity=\(ratio(tp, tp + fn)) specificity=\(ratio(tn, tn + fp))")
    print("exploitation_recall=\(ratio(exHit, exNeed)) (\(exHit)/\(exNeed))  flags: precision=\(ratio(flTP, flTP + flFP)) recall=\(ratio(flTP, flTP + flFN))")
    print("band_ok=\(ratio(bandOK, total)) (\(bandOK)/\(total))")
}
