/// Puts evidence snippets back into a stored triage result by splicing them into its bytes, without
/// building a tree: the stored text is compact with sorted keys (``JSONValue/serialized()``), each
/// indicator's evidence is `{"end":E,"start":S}`, and its snippet goes in as `,"text":"…"` before the
/// closing brace, where sorted order puts it. The answer is byte for byte what parsing, restoring and
/// serializing the tree gives (``EvidenceSnippets/restored(in:narrative:noteText:)``), a tenth of the
/// work; anything of another shape returns `nil`, and the tree is used.
struct EvidenceSplice {
    private let bytes: [UInt8]
    private var index = 0

    private struct Insertion {
        var at: Int
        var snippet: String
    }

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func restored(_ bytes: [UInt8], narrative: String, noteText: (Int64) -> String?) -> [UInt8]? {
        var splice = EvidenceSplice(bytes)
        guard let found = splice.evidence() else { return nil }
        var narrativeScalars: [Unicode.Scalar]?
        var noteScalars: [Int64: [Unicode.Scalar]] = [:]
        var insertions: [Insertion] = []
        for evidence in found {
            let scalars: [Unicode.Scalar]
            if evidence.fromNote {
                guard let noteID = evidence.noteID else { continue }
                if let known = noteScalars[noteID] {
                    scalars = known
                } else {
                    guard let text = noteText(noteID) else { continue }
                    scalars = Array(text.unicodeScalars)
                    noteScalars[noteID] = scalars
                }
            } else {
                if narrativeScalars == nil { narrativeScalars = Array(narrative.unicodeScalars) }
                scalars = narrativeScalars!
            }
            guard evidence.start >= 0, evidence.start < evidence.end, evidence.end <= scalars.count else { continue }
            var snippet = String.UnicodeScalarView()
            snippet.append(contentsOf: scalars[evidence.start..<evidence.end])
            insertions.append(Insertion(at: evidence.closingBrace, snippet: String(snippet)))
        }
        guard !insertions.isEmpty else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + insertions.reduce(0) { $0 + $1.snippet.utf8.count + 16 })
        var copied = 0
        for insertion in insertions {
            out.append(contentsOf: bytes[copied..<insertion.at])
            out.append(contentsOf: #","text":"#.utf8)
            JSONValue.string(insertion.snippet).serialize(into: &out)
            copied = insertion.at
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }

    private struct Evidence {
        var start: Int
        var end: Int
        var closingBrace: Int
        var fromNote: Bool
        var noteID: Int64?
    }

    /// Every indicator's evidence, in order, or nil when the text is not of the expected shape.
    private mutating func evidence() -> [Evidence]? {
        var found: [Evidence] = []
        guard take(UInt8(ascii: "{")) else { return nil }
        if take(UInt8(ascii: "}")) { return found }
        repeat {
            guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
            if key == "indicators" {
                guard take(UInt8(ascii: "[")) else { return nil }
                if !take(UInt8(ascii: "]")) {
                    repeat {
                        guard let indicator = indicatorEvidence() else { return nil }
                        if let indicator { found.append(indicator) }
                    } while take(UInt8(ascii: ","))
                    guard take(UInt8(ascii: "]")) else { return nil }
                }
            } else {
                guard skipValue() else { return nil }
            }
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")), index == bytes.count else { return nil }
        return found
    }

    /// One indicator object: `.some(nil)` when it has no evidence, `nil` for another shape.
    private mutating func indicatorEvidence() -> Evidence?? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var evidence: Evidence?
        var fromNote = false
        var noteID: Int64?
        if !take(UInt8(ascii: "}")) {
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")) else { return nil }
                switch key {
                case "evidence":
                    guard let offsets = offsets() else { return nil }
                    evidence = offsets
                case "note_id":
                    guard let number = integer() else { return nil }
                    noteID = Int64(number)
                case "source":
                    guard let source = string() else { return nil }
                    fromNote = source == EvidenceSource.note.rawValue
                default:
                    guard skipValue() else { return nil }
                }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")) else { return nil }
        }
        guard var evidence else { return .some(nil) }
        evidence.fromNote = fromNote
        evidence.noteID = noteID
        return .some(evidence)
    }

    /// `{"end":E,"start":S}` exactly (a stored result keeps no snippet).
    private mutating func offsets() -> Evidence? {
        guard take(UInt8(ascii: "{")), string() == "end", take(UInt8(ascii: ":")), let end = integer(), take(UInt8(ascii: ",")),
              string() == "start", take(UInt8(ascii: ":")), let start = integer()
        else { return nil }
        let closing = index
        guard take(UInt8(ascii: "}")) else { return nil }
        return Evidence(start: start, end: end, closingBrace: closing, fromNote: false, noteID: nil)
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// A string without escapes (keys and codes); nil for one with an escape or unterminated.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == UInt8(ascii: "\\") { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        return text
    }

    private mutating func integer() -> Int? {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        guard index > start else { return nil }
        return Int(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    /// Skips any value, strings with escapes included.
    private mutating func skipValue() -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            index += 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""):
                    index += 1
                    return true
                default: index += 1
                }
            }
            return false
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let closing = bytes[index] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = closing == UInt8(ascii: "}")
            index += 1
            if take(closing) { return true }
            repeat {
                if isObject {
                    guard skipValue(), take(UInt8(ascii: ":")) else { return false }
                }
                guard skipValue() else { return false }
            } while take(UInt8(ascii: ","))
            return take(closing)
        default:
            let start = index
            while index < bytes.count, !",]}".utf8.contains(bytes[index]) { index += 1 }
            return index > start
        }
    }
}
