/// The decision policy, kept as data in the catalog under `policy:` so policy staff can read and change it.
public struct TriagePolicy: Sendable, Equatable {
    /// A dimension is positive when its counts meet any of these (ILO: 2S, S+M/W, 3M, 2M+W).
    public var positiveWhen: [GradeCounts]
    /// Grades a suspected (hedged) piece of evidence loses.
    public var suspectedDowngrade: Int
    /// The recruitment dimensions (deceptive, coercive, abuse of vulnerability).
    public var recruitmentDimensions: [String]
    /// The exploitation dimension (exploitative conditions).
    public var exploitationDimension: String
    /// Coercion at destination (used for the high band).
    public var coercionDimension: String
    /// Coercion or abuse of vulnerability at destination (the third element of the adult rule).
    public var destinationDimensions: [String]
    /// A minor in one of these forms of exploitation is a high band whatever the counts.
    public var highRiskMinorExploitation: [ExploitationType]
    /// What a record's `sector` says about the form of exploitation.
    public var sectorExploitation: [String: ExploitationType]
    /// The screening decision: elements, forced labour and bands.
    public var screening: ScreeningRules
    public var score: ScoreWeights
    /// Operator actions in order of urgency.
    public var actions: [ActionRule]

    public init(positiveWhen: [GradeCounts], suspectedDowngrade: Int, recruitmentDimensions: [String],
                exploitationDimension: String, coercionDimension: String, destinationDimensions: [String],
                highRiskMinorExploitation: [ExploitationType], sectorExploitation: [String: ExploitationType],
                score: ScoreWeights, actions: [ActionRule], screening: ScreeningRules = .empty) {
        self.screening = screening
        self.positiveWhen = positiveWhen
        self.suspectedDowngrade = suspectedDowngrade
        self.recruitmentDimensions = recruitmentDimensions
        self.exploitationDimension = exploitationDimension
        self.coercionDimension = coercionDimension
        self.destinationDimensions = destinationDimensions
        self.highRiskMinorExploitation = highRiskMinorExploitation
        self.sectorExploitation = sectorExploitation
        self.score = score
        self.actions = actions
    }
}

/// Points the 0–100 score gives; every term only grows with evidence, so the score is monotone.
public struct ScoreWeights: Sendable, Equatable {
    public var strong: Int
    public var medium: Int
    public var weak: Int
    public var positiveDimension: Int
    public var presumedTrafficking: Int
    public var flag: [String: Int]
    /// The least score of each band ("low", "medium", "high").
    public var bandFloor: [String: Int]

    public init(strong: Int, medium: Int, weak: Int, positiveDimension: Int, presumedTrafficking: Int,
                flag: [String: Int], bandFloor: [String: Int]) {
        self.strong = strong
        self.medium = medium
        self.weak = weak
        self.positiveDimension = positiveDimension
        self.presumedTrafficking = presumedTrafficking
        self.flag = flag
        self.bandFloor = bandFloor
    }
}

/// An operator action and when it applies.
public struct ActionRule: Sendable, Equatable {
    public var id: String
    /// A flag name ("immediate_danger"), "band:high", "band:medium"..., or "otherwise" (no earlier action applied).
    public var when: String
    public var text: LocalizedText

    public init(id: String, when: String, text: LocalizedText) {
        self.id = id
        self.when = when
        self.text = text
    }
}
