/// Circumstances the catalog detects beside the indicators; the first four become result flags.
public enum ContextSignal: String, Sendable, Codable, CaseIterable {
    /// The person is under 18 ("mindreårig", "a school pupil"); stated ages are found by the analyser.
    case minor
    /// A minor travelling or living without parents or guardians.
    case unaccompaniedMinor = "unaccompanied_minor"
    /// Arrested, in police custody or immigration detention: CMM must be called while the person is held.
    case inCustody = "in_custody"
    /// Locked in, threatened or hiding right now.
    case immediateDanger = "immediate_danger"
    /// The person was recruited, moved or brought somewhere (the act, for the child rule).
    case movement
    /// The person is described as an adult ("voksen kvinde"); overrides the minor phrases.
    case adult

    /// True for the signals reported in `TriageResult.flags`.
    public var isFlag: Bool {
        switch self {
        case .minor, .unaccompaniedMinor, .inCustody, .immediateDanger: true
        case .movement, .adult: false
        }
    }
}
