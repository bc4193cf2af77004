import Foundation

extension String {
    /// The text in Unicode Normalization Form C (canonical composition).
    ///
    /// Keyboards and phones may send "å" as one code point (U+00E5) or as "a" followed by the
    /// combining ring (U+0061 U+030A). Both are the same text, but the tokenizer, the catalog's phrases,
    /// SQLite and the evidence offsets (counted in code points) see different bytes. Every text the
    /// parser accepts is turned into NFC, so one text is stored, triaged and counted one way.
    ///
    /// Text whose code points all lie below U+0300 is already NFC (no code point there composes with
    /// its neighbours or has a different canonical form), which covers most Danish and English
    /// narratives without calling into Foundation.
    var normalizedToNFC: String {
        if unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return self }
        return precomposedStringWithCanonicalMapping
    }
}
