import Synchronization

/// Holds the triage stage currently in force, so a reload can swap it while requests are served.
public final class TriageSlot: Sendable {
    private let current: Mutex<(any CallTriaging)?>

    public init(_ triage: (any CallTriaging)?) {
        current = Mutex(triage)
    }

    /// The stage in force now.
    public var triage: (any CallTriaging)? {
        current.withLock { $0 }
    }

    /// Puts a new stage in force; requests already running finish with the old one.
    public func replace(with triage: any CallTriaging) {
        current.withLock { $0 = triage }
    }
}
