/// A stored row the daemon cannot turn back into what it stored: named by table and id, with what
/// is wrong in words of the schema. Never a stored value, which may be personal data.
public struct DamagedRow: Sendable, Equatable, CustomStringConvertible {
    /// `calls` or `triages`.
    public var table: String
    /// The row's id in that table.
    public var id: Int64
    /// The call a triage belongs to (for `triages`); the call itself for `calls`.
    public var callID: Int64?
    /// What is wrong, e.g. "received_at is not a timestamp", "result is not valid JSON".
    public var problems: [String]

    public init(table: String, id: Int64, callID: Int64?, problems: [String]) {
        self.table = table
        self.id = id
        self.callID = callID
        self.problems = problems
    }

    public var description: String {
        let owner = table == "triages" ? callID.map { " (call \($0))" } ?? "" : ""
        return "\(table == "calls" ? "call" : "triage") \(id)\(owner): \(problems.joined(separator: "; "))"
    }
}
