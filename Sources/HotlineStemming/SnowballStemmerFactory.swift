import HotlineCore

/// Makes Snowball stemmers (Debian's libstemmer) for Danish and English.
public struct SnowballStemmerFactory: StemmerFactory {
    public init() {}

    public func makeStemmer(for language: Language) -> (any Stemmer)? {
        SnowballStemmer(algorithm: language.snowballName)
    }
}
