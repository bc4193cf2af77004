/// A set of `PhraseIndex` word ids as a bitmap: membership is one shift and mask, with no hashing,
/// for the phrase terms that stand for a whole word class.
struct WordIDSet: Sendable, Equatable {
    private var bits: [UInt64] = []

    init() {}

    mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let word = Int(id) >> 6
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word - bits.count + 1)) }
        bits[word] |= 1 << UInt64(Int(id) & 63)
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let word = Int(id) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(Int(id) & 63)) != 0
    }
}
