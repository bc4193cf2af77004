/// Counts per interned code, growing as new codes appear.
struct CodeTally {
    private(set) var counts: [Int] = []

    mutating func add(_ code: Int, _ amount: Int = 1) {
        if code >= counts.count {
            counts.append(contentsOf: repeatElement(0, count: code - counts.count + 1))
        }
        counts[code] += amount
    }

    /// The counts folded onto published keys: `key(value)` for each interned value.
    func folded(_ values: [String?], into key: (String?) -> String) -> [String: Int] {
        var result: [String: Int] = [:]
        for (code, count) in counts.enumerated() where count > 0 {
            result[key(values[code]), default: 0] += count
        }
        return result
    }
}
