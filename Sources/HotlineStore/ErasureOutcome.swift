import HotlineCore

/// What became of an erasure request (`POST /v1/calls/{id}/erasure`).
public enum ErasureOutcome: Sendable, Equatable {
    /// Shredded (or found already shredded), committed, and the write-ahead log truncated: the
    /// record as it is now.
    case erased(CallRecord)
    case notFound
    /// A legal hold is set: nothing was shredded.
    case legalHold(LegalHold)
}
