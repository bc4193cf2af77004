/// Which catalog words (as written or as stems) occur in each sentence of a narrative, as one bitmap
/// per sentence. A phrase whose later positions cannot all be filled inside the sentence it starts
/// in is not tried: a cheap test that spares the matcher most of its window scans.
struct SentenceWords {
    private var bits: [UInt64]
    private let stride: Int

    init(_ text: AnalysedText, wordCount: Int) {
        stride = (wordCount + 63) >> 6
        let sentences = (text.tokens.last?.sentence ?? -1) + 1
        bits = [UInt64](repeating: 0, count: max(1, sentences * stride))
        for position in text.tokens.indices {
            let base = text.tokens[position].sentence * stride
            let surface = text.surface[position]
            if surface >= 0 { bits[base + Int(surface) >> 6] |= 1 << UInt64(Int(surface) & 63) }
            let stem = text.stemID(at: position)
            if stem >= 0 { bits[base + Int(stem) >> 6] |= 1 << UInt64(Int(stem) & 63) }
        }
    }

    /// False when no word of `term` occurs in `sentence` (so the term cannot be filled there); true
    /// when one may, or when the term also has forms that need the word's text (prefixes, compounds,
    /// numbers) and so cannot be ruled out by id.
    @inline(__always)
    func mayFill(_ term: CompiledPhrase.Term, in sentence: Int) -> Bool {
        let lookup = term.byID
        if !lookup.textual.isEmpty { return true }
        return bits.withUnsafeBufferPointer { all in
            let row = UnsafeBufferPointer(rebasing: all[(sentence * stride)..<(sentence * stride + stride)])
            return lookup.surfaces.intersects(row) || lookup.stems.intersects(row)
        }
    }
}
