/// One word or number of a narrative, lower-cased, with where it sits.
public struct Token: Sendable, Equatable {
    /// The lower-cased text ("didn't", "passport", "15").
    public var text: String
    /// Offset of the first Unicode scalar in the narrative.
    public var start: Int
    /// Offset just past the last Unicode scalar.
    public var end: Int
    /// Index of the sentence the token belongs to (sentences end at . ! ? ; and line breaks).
    public var sentence: Int
    /// True when a comma or colon separates this token from the previous one.
    public var followsComma: Bool
    /// The value when the token is a whole number ("15", "10.000", "90,000").
    public var number: Int?
    /// UTF-8 offsets of the same span (for slicing the narrative without decoding it again).
    public var utf8Start: Int = 0
    public var utf8End: Int = 0
}
