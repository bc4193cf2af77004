/// Suggests the allowed field name a misspelt one was probably meant to be.
///
/// An error for an unknown field never repeats the key a client sent (a key can itself be personal
/// data), so this is how a developer still learns that `narative` should be `narrative`: the answer
/// is always one of this API's own names.
enum FieldNameSuggestion {
    /// Longest key compared; longer ones are no misspelling of a field name.
    static let longestKey = 40
    /// Most single-character edits a misspelling is allowed to be away from its field.
    static let maximumEdits = 2

    /// The allowed name within ``maximumEdits`` edits of `key`, the closest first (ties by name), or nil.
    static func nearest(to key: String, among allowed: Set<String>) -> String? {
        let typed = Array(key.lowercased().unicodeScalars)
        guard typed.count <= longestKey else { return nil }
        var best: (name: String, edits: Int)?
        for name in allowed.sorted() {
            let edits = editDistance(typed, Array(name.unicodeScalars))
            if edits <= maximumEdits, edits < (best?.edits ?? .max) {
                best = (name, edits)
            }
        }
        return best?.name
    }

    /// Levenshtein distance: insertions, deletions and substitutions of single code points.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
