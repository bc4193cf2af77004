import HotlineCore
/// A call scored again and stored: the new result, and the band of the result it replaced.
public struct RetriagedCall: Sendable, Equatable {
    public var callID: Int64
    /// The band of the call's current result before this one was added; `nil` when it had none.
    public var previousBand: String?
    /// The result now current.
    public var triage: TriageRecord

    public init(callID: Int64, previousBand: String?, triage: TriageRecord) {
        self.callID = callID
        self.previousBand = previousBand
        self.triage = triage
    }

    public var movement: BandMovement {
        BandMovement(from: previousBand, to: triage.band)
    }
}
