extension String {
    /// The most Unicode code points one user-perceived character (grapheme cluster) of submitted
    /// text may have.
    ///
    /// Real text stays far below it: a letter with a few accents, a Devanagari conjunct or the
    /// longest emoji sequence is under 16. A longer cluster is a pile of combining marks, and
    /// putting one into NFC sorts the marks by combining class in time quadratic in their number:
    /// 240 KB of alternating marks took 15–25 s of CPU. Unicode's stream-safe format (UAX #15)
    /// draws the line at 30 combining marks in a row for the same reason; every run of combining
    /// marks lies inside one grapheme cluster, so bounding the clusters bounds the runs.
    static let maximumCodePointsPerCharacter = 32

    /// Whether no grapheme cluster has more than ``maximumCodePointsPerCharacter`` code points.
    /// Linear in the length; text below U+0300 has no combining marks and is not walked.
    var hasBoundedCharacters: Bool {
        if unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return true }
        for character in self where character.unicodeScalars.count > Self.maximumCodePointsPerCharacter {
            return false
        }
        return true
    }
}
