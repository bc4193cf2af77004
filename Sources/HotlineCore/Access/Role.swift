/// A role a user has through the groups it is in (``AccessPolicy``), and what each may do.
///
/// The table is the policy the README and `Config/hotline.yaml` document; it is code, not
/// configuration, so that a typo in a file can never widen it. Which groups have which role is
/// configuration.
public enum Role: String, CaseIterable, Sendable, Comparable {
    /// Takes and works calls: submit, read, list, status, notes, referrals, the queue.
    case `operator`
    /// An operator who may also reopen closed calls, put calls under legal hold and erase them.
    case supervisor
    /// The published figures only: no record, no listing.
    case statistician
    /// The audit trail only.
    case auditor
    /// Everything.
    case admin

    /// What the role may do.
    public var permissions: Set<Permission> {
        switch self {
        case .operator: [.submitCalls, .readCalls, .listCalls, .workCalls]
        case .supervisor: Role.operator.permissions.union([.reopenCalls, .holdCalls, .eraseCalls])
        case .statistician: [.readFigures]
        case .auditor: [.readAudit]
        case .admin: Set(Permission.allCases)
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
