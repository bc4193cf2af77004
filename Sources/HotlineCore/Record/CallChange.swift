/// What an operator changes on a call (`PATCH /v1/calls/{id}`): its status (closing needs a reason)
/// and who has taken it.
public struct CallChange: Sendable, Equatable {
    public var status: CallStatus?
    /// Why the call is closed; only with `status: closed`, and required there.
    public var reason: ClosingReason?
    /// `.some(name)` takes the call for an operator, `.some(nil)` releases it, `nil` leaves it as it is.
    public var assignedTo: String??

    public init(status: CallStatus? = nil, reason: ClosingReason? = nil, assignedTo: String?? = nil) {
        self.status = status
        self.reason = reason
        self.assignedTo = assignedTo
    }
}
