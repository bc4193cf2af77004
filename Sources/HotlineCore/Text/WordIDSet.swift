/// A set of `PhraseIndex` word ids for one phrase term: a short list scanned in order for the few
/// words of an ordinary term, a bitmap (one shift and mask, no hashing) for a word class.
struct WordIDSet: Sendable, Equatable {
    /// Up to this many ids are kept as a list.
    static let listLimit = 8
    private var list: [Int32] = []
    private var bits: [UInt64] = []

    init() {}

    mutating func insert(_ id: Int32) {
        guard id >= 0, !contains(id) else { return }
        if bits.isEmpty && list.count < Self.listLimit {
            list.append(id)
            return
        }
        if bits.isEmpty {
            for member in list { setBit(member) }
            list = []
        }
        setBit(id)
    }

    private mutating func setBit(_ id: Int32) {
        let word = Int(id) >> 6
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word - bits.count + 1)) }
        bits[word] |= 1 << UInt64(Int(id) & 63)
    }

    /// True when some member's bit is set in `row` (a bitmap over word ids).
    @inline(__always)
    func intersects(_ row: UnsafeBufferPointer<UInt64>) -> Bool {
        if bits.isEmpty {
            for id in list where Int(id) >> 6 < row.count && row[Int(id) >> 6] & (1 << UInt64(Int(id) & 63)) != 0 {
                return true
            }
            return false
        }
        for word in 0..<min(bits.count, row.count) where bits[word] & row[word] != 0 { return true }
        return false
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        if bits.isEmpty { return list.contains(id) }
        let word = Int(id) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(Int(id) & 63)) != 0
    }
}
