import Foundation
import HotlineCore

/// The triage stage of the intake pipeline: scores a submission against the current catalog.
public protocol CallTriaging: Sendable {
    /// The version of the catalog the results are computed under.
    var catalogVersion: String { get }
    /// Whether a checklist key names an indicator of the catalog.
    func isKnownIndicator(_ id: String) -> Bool
    /// Scores one submission. Pure: no I/O, safe to call from many tasks at once.
    func assess(_ submission: CallSubmission, at time: Date) -> TriageRecord
    /// Scores a submission with the notes that add facts to it, read after its narrative.
    func assess(_ submission: CallSubmission, factNotes: [FactNote], at time: Date) -> TriageRecord
}
