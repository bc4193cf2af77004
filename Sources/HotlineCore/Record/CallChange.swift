import Foundation

/// What an operator changes on a call (`PATCH /v1/calls/{id}`): its status (closing needs a reason)
/// who has taken it, and its deadline when the policy's does not fit (with a reason).
public struct CallChange: Sendable, Equatable {
    public var status: CallStatus?
    /// Why the call is closed; only with `status: closed`, and required there.
    public var reason: ClosingReason?
    /// `.some(name)` takes the call for an operator, `.some(nil)` releases it, `nil` leaves it as it is.
    public var assignedTo: String??
    /// `.some(date)` sets the deadline by hand, `.some(nil)` gives it back to the policy, `nil`
    /// leaves it as it is.
    public var dueAt: Date??
    /// Why the deadline is set by hand; required with a date, and only with `dueAt`.
    public var dueReason: DueReason?

    public init(status: CallStatus? = nil, reason: ClosingReason? = nil, assignedTo: String?? = nil,
                dueAt: Date?? = nil, dueReason: DueReason? = nil) {
        self.status = status
        self.reason = reason
        self.assignedTo = assignedTo
        self.dueAt = dueAt
        self.dueReason = dueReason
    }
}
