/// Interns the distinct words of one narrative: a lower-cased word's UTF-8 bytes map to a dense id
/// (0, 1, 2, ... in order of first appearance), and each id's `String` is made once.
///
/// An open-addressing table keyed by an FNV-1a hash of the bytes, so that a repeated word costs one
/// hash over its bytes and one comparison, not a `String` and a dictionary lookup. One per call; not shared.
struct WordTable {
    /// The words by id.
    private(set) var words: [String] = []
    /// The words' bytes, back to back; word `id` is `bytes[starts[id]..<starts[id + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt32] = []
    /// Slots: word id + 1, or 0 when empty. A power of two in size, at most half full.
    private var slots: [Int32]

    init(expectedWords: Int = 64) {
        var size = 64
        while size < expectedWords * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        words.reserveCapacity(expectedWords)
        hashes.reserveCapacity(expectedWords)
        starts.reserveCapacity(expectedWords + 1)
    }

    /// Number of distinct words.
    var count: Int { words.count }

    /// The id of the word spelled by `word`, or -1 when it is not in the table.
    func find(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(word)
        let (found, _) = lookup(word, hash: hash)
        return found
    }

    /// The id of `word`, or -1 when it is not in the table.
    func find(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { find($0) }
    }

    /// The id of the word spelled by `word`, adding it when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(word)
        let (found, slot) = lookup(word, hash: hash)
        if found >= 0 { return found }
        let id = Int32(words.count)
        slots[slot] = id + 1
        hashes.append(hash)
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        words.append(String(decoding: word, as: UTF8.self))
        if words.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { intern($0) }
    }

    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in word { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// The word's id (or -1) and the slot where it is or would go.
    @inline(__always)
    private func lookup(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (id: Int32, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (-1, slot) }
            let id = Int(entry - 1)
            if hashes[id] == hash && equals(id, word) { return (Int32(id), slot) }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == word.count else { return false }
        for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
        return true
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(id + 1)
        }
        slots = larger
    }
}
