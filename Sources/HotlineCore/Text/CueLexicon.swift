/// The small closed word classes the analyser needs for one language: negation and hedge cues,
/// verbs of telling, clause boundaries, family words and stem false friends. Loaded from the catalog.
public struct CueLexicon: Sendable, Equatable {
    /// Words that negate what follows ("ikke", "ingen", "uden", "not", "no", "without", "didn't").
    public var negations: Set<String>
    /// Words that turn a statement into a guess ("måske", "tror", "suspects", "might").
    public var hedges: Set<String>
    /// Words that mark the subject's own account ("fortæller", "siger", "told", "says").
    public var disclosures: Set<String>
    /// Words that end a negation's scope ("men", "but", "however").
    public var contrasts: Set<String>
    /// Words that start a new clause after a comma ("og", "and", "han", "she", "who").
    public var clauseStarters: Set<String>
    /// Conjunctions that join the items of a list ("eller", "og", "or", "and", "nor").
    public var listConjunctions: Set<String>
    /// Family words that make an age belong to someone else ("datter", "son").
    public var relatives: Set<String>
    /// Words whose Snowball stem collides with an indicator word but mean something else
    /// ("gælder" -> "gæld", "passer" -> "pas"); they only match a phrase word written exactly so.
    public var falseFriends: Set<String>
    /// Negations that only reach the noun phrase after them ("uden", "without"): 3 words.
    public var shortNegations: Set<String>
    /// Word sequences that name the hotline's subject as a topic ("forced labour", "menneskehandel"):
    /// their words are never evidence ("a journalist asks about forced labour").
    public var topics: [[String]]
    /// Words that make a nearby negation about knowledge ("does not know if", "ved ikke, om"):
    /// what follows is unknown, so it is not evidence either way.
    public var knowledgeWords: Set<String>
    /// Relative pronouns ("der", "som", "that"): right after a negated word and its comma they continue
    /// the negation's scope ("intet, der tyder på trusler").
    public var relativePronouns: Set<String> = []
    /// Numbers written as words ("tolv": 12, "twelve": 12): read as numbers by `#` in phrases.
    public var numberWords: [String: Int] = [:]

    public init(negations: Set<String> = [], hedges: Set<String> = [], disclosures: Set<String> = [],
                contrasts: Set<String> = [], clauseStarters: Set<String> = [], listConjunctions: Set<String> = [],
                relatives: Set<String> = [], falseFriends: Set<String> = [], shortNegations: Set<String> = [],
                topics: [[String]] = [], knowledgeWords: Set<String> = []) {
        self.negations = negations
        self.hedges = hedges
        self.disclosures = disclosures
        self.contrasts = contrasts
        self.clauseStarters = clauseStarters
        self.listConjunctions = listConjunctions
        self.relatives = relatives
        self.falseFriends = falseFriends
        self.shortNegations = shortNegations
        self.topics = topics
        self.knowledgeWords = knowledgeWords
    }
}
