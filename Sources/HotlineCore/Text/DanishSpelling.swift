/// Danish written without æ, ø and å, as in text messages and on foreign keyboards ("faar", "goer",
/// "kaerste"): the old digraphs are read back as the letters they stand for, so the catalog's words
/// match. Words the catalog knows as written are left alone.
enum DanishSpelling {
    /// The word with "aa", "oe" and "ae" read as "å", "ø" and "æ"; nil when it has none of them.
    static func restored(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        guard bytes.count >= 2 else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 2)
        var changed = false
        var index = 0
        while index < bytes.count {
            if index + 1 < bytes.count {
                let pair = (bytes[index], bytes[index + 1])
                let replacement: [UInt8]? = switch pair {
                case (UInt8(ascii: "a"), UInt8(ascii: "a")): Array("å".utf8)
                case (UInt8(ascii: "o"), UInt8(ascii: "e")): Array("ø".utf8)
                case (UInt8(ascii: "a"), UInt8(ascii: "e")): Array("æ".utf8)
                default: nil
                }
                if let replacement {
                    output.append(contentsOf: replacement)
                    index += 2
                    changed = true
                    continue
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return changed ? String(decoding: output, as: UTF8.self) : nil
    }
}
