/// The screening decision, kept as data in the catalog under `policy.screening`: when an element of
/// trafficking counts as evidenced, and what lifts a call to the medium band.
///
/// The two findings that make a call high are fixed by the labelling guide: presumed trafficking
/// (adults: act + means + purpose; children: act + purpose) and forced labour (one sign of
/// involuntariness with one menace of penalty). What counts as evidence for each is catalog data:
/// each indicator names the elements it evidences, with a weight, and its forced-labour sign.
public struct ScreeningRules: Sendable, Equatable {
    /// An element is evidenced when the weights of its evidence meet any of these (e.g. 1 strong or 2 medium).
    public var elementEvidencedWhen: [GradeCounts]
    /// Signals that evidence the act by themselves (movement arranged or paid by another).
    public var actSignals: [ContextSignal]
    /// A minor with purpose evidence meeting any of these is high whatever else is known.
    public var minorExploitedWhen: [GradeCounts]
    /// Immediate danger with evidence meeting any of these is high.
    public var dangerWhen: [GradeCounts]
    /// A call is at least medium when all its evidence together meets any of these.
    public var mediumWhen: [GradeCounts]
    /// The highest band a call reaches when every piece of its evidence is only suspected (a rumour).
    public var suspectedOnlyCap: TriageBand
    /// A form of exploitation named in the call (prostitution, a cannabis farm) counts toward the purpose
    /// with this weight for the two findings, never on its own for the band (voluntary sex work is no indicator).
    public var formPurpose: [ExploitationType: Grade] = [:]
    /// The forced-labour rule also needs a sign of work or services (purpose evidence or a named form).
    public var forcedLabourNeedsWork = true
    /// A worker said to be free, with no means evidenced, is at most this band (a labour dispute).
    public var freeWorkerCap: TriageBand = .high

    public init(elementEvidencedWhen: [GradeCounts], actSignals: [ContextSignal], minorExploitedWhen: [GradeCounts],
                dangerWhen: [GradeCounts], mediumWhen: [GradeCounts], suspectedOnlyCap: TriageBand) {
        self.elementEvidencedWhen = elementEvidencedWhen
        self.actSignals = actSignals
        self.minorExploitedWhen = minorExploitedWhen
        self.dangerWhen = dangerWhen
        self.mediumWhen = mediumWhen
        self.suspectedOnlyCap = suspectedOnlyCap
    }

    /// Rules that decide nothing (an empty policy while a catalog is being parsed).
    public static let empty = ScreeningRules(elementEvidencedWhen: [], actSignals: [], minorExploitedWhen: [],
                                             dangerWhen: [], mediumWhen: [], suspectedOnlyCap: .medium)
}

extension GradeCounts {
    /// True when these counts meet any of `rules`.
    public func meetsAny(_ rules: [GradeCounts]) -> Bool { rules.contains(where: meets) }
}
