import HotlineCore

/// What became of a change to a call.
public enum CallChangeOutcome: Sendable {
    /// Written durably; the call as it is now.
    case changed(CallRecord)
    case notFound
    /// The client's version is not the call's: someone changed it first.
    case stale(currentVersion: Int)
    /// The lifecycle does not allow this move; `allowed` lists the moves from `from`.
    case invalidTransition(from: CallStatus, allowed: [CallStatus])
    /// The change would reopen a closed call, and its peer may not (a supervisor's act).
    case reopenForbidden
}
