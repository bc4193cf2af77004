import HotlineCore

/// What became of a submission handed to the store.
public enum StoreOutcome: Sendable, Equatable {
    /// Newly stored and committed.
    case created(CallRecord)
    /// A retry: a record with the same external id and the same content was already stored.
    case duplicate(CallRecord)
    /// A record with the same external id but different content is stored; nothing was written.
    case conflict(existingID: Int64)
    /// The call stored under this external id has been shredded (by retention or an erasure), so
    /// the retry cannot be compared with it; nothing was written.
    case shredded(existingID: Int64)
}
