/// A stored call that cannot be read back because a value in its row is damaged (a timestamp that
/// does not parse, triage or checklist JSON that does not). Permanent: reading again does not help.
/// Names the call and the column, never the stored value.
public struct DamagedRecordError: Error, Sendable, Equatable, CustomStringConvertible {
    public var callID: Int64
    /// The damaged column, e.g. `received_at`, `checklist`, `triage result`.
    public var column: String

    public init(callID: Int64, column: String) {
        self.callID = callID
        self.column = column
    }

    public var description: String { "call \(callID): \(column) cannot be read back (damaged)" }
}
