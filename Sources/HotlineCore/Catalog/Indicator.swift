/// One trafficking indicator of the catalog, with the free-text phrases that evidence it.
public struct Indicator: Sendable, Equatable {
    /// Stable id, e.g. "coercion.documents_confiscated".
    public var id: String
    /// The id of its `Dimension`.
    public var dimension: String
    /// Grade per profile; a profile without a grade does not count the indicator.
    public var grades: [Profile: Grade]
    /// The form of exploitation the indicator points to, if any.
    public var exploitation: ExploitationType?
    /// The elements of trafficking (act, means, purpose) the indicator evidences, each with its weight.
    public var elements: [TriageElement: Grade]
    /// Its parts in the forced-labour rule (confinement is both a menace and a sign of involuntariness).
    public var forcedLabour: [ForcedLabourSign]
    public var label: LocalizedText
    /// The checklist question the operator asks.
    public var question: LocalizedText
    /// Phrases (see `PhraseSyntax`) per language.
    public var phrases: [Language: [String]]
    /// Where the indicator starts in the catalog source (for messages).
    public var line: Int

    public init(id: String, dimension: String, grades: [Profile: Grade], exploitation: ExploitationType?,
                label: LocalizedText, question: LocalizedText, phrases: [Language: [String]], line: Int = 0,
                elements: [TriageElement: Grade] = [:], forcedLabour: [ForcedLabourSign] = []) {
        self.elements = elements
        self.forcedLabour = forcedLabour
        self.id = id
        self.dimension = dimension
        self.grades = grades
        self.exploitation = exploitation
        self.label = label
        self.question = question
        self.phrases = phrases
        self.line = line
    }
}
