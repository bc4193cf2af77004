/// The moves a call may make through the workflow: `new → in_progress → referred → closed`, closing
/// from any open status (a duplicate, no contact possible), and reopening a closed call.
///
/// Reopening is meant for a supervisor; roles arrive with the access controls (issue 12), until
/// then any peer that may write may reopen, and the event records who did.
public enum CallLifecycle {
    /// The statuses a call in `status` may move to.
    public static func next(from status: CallStatus) -> [CallStatus] {
        switch status {
        case .new: [.inProgress, .closed]
        case .inProgress: [.referred, .closed]
        case .referred: [.inProgress, .closed]
        case .closed: [.inProgress]
        }
    }

    /// Whether `from → to` is an allowed move.
    public static func allows(from: CallStatus, to: CallStatus) -> Bool {
        next(from: from).contains(to)
    }
}
