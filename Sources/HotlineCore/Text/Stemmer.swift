/// Reduces an inflected word to its stem ("trusler" -> "trusl", "threatened" -> "threaten").
///
/// An instance need not be thread-safe: the engine asks its `StemmerFactory` for a fresh
/// stemmer per assessment and uses it from one task only.
public protocol Stemmer {
    /// The stem of one lower-cased word.
    mutating func stem(_ word: String) -> String
}

/// Makes stemmers for the languages the catalog is written in. Shared between tasks.
public protocol StemmerFactory: Sendable {
    /// A new stemmer for `language`, or nil when the factory has none (words are then matched as written).
    func makeStemmer(for language: Language) -> (any Stemmer)?
}

/// A stemmer that leaves every word as it is: for tests and for languages without a stemmer.
public struct IdentityStemmer: Stemmer, Sendable {
    public init() {}
    public func stem(_ word: String) -> String { word }
}
