/// One occurrence of a catalog phrase in a narrative.
public struct PhraseMatch: Sendable, Equatable {
    /// The compiled phrase's target (what it evidences).
    public var target: Int
    /// Index of the token that filled the phrase's first position.
    public var firstToken: Int
    /// Index of the token that filled the phrase's last position.
    public var lastToken: Int
    /// True when a negation cue outside the phrase governs one of its words ("ingen trusler").
    public var negated: Bool
    /// Sentence of the first word.
    public var sentence: Int
    /// Unicode scalar offsets of the evidence in the narrative.
    public var start: Int
    public var end: Int
    /// UTF-8 offsets of the same span.
    public var utf8Start: Int
    public var utf8End: Int
}
