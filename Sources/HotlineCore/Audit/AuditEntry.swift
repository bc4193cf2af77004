import Foundation

/// One entry of the audit trail: who did what, to which calls, when, under which request. Ids and
/// codes only, never text from a record.
///
/// The store chains entries: each carries the hash of the one before and a hash over its own
/// content and that one, so an entry changed, removed or moved breaks the chain from there on.
public struct AuditEntry: Sendable, Equatable {
    public var at: Date
    public var action: AuditAction
    /// `done`, or for a refusal the permission that was missing.
    public var outcome: String
    public var uid: UInt32?
    public var user: String?
    /// The peer's roles when it asked (``PeerAccess/rolesText``).
    public var roles: String
    /// The one call acted on.
    public var callID: Int64?
    /// The calls a listing page or the queue returned, in order.
    public var callIDs: [Int64]
    /// A code or a count saying more (`period=2026-12-03`, `status=closed`, `shredded=12`); never
    /// free text from a record.
    public var detail: String?
    public var requestID: String?

    public init(
        at: Date, action: AuditAction, outcome: String = "done", uid: UInt32?, user: String?, roles: String,
        callID: Int64? = nil, callIDs: [Int64] = [], detail: String? = nil, requestID: String?
    ) {
        self.at = RFC3339.truncatedToMilliseconds(at)
        self.action = action
        self.outcome = outcome
        self.uid = uid
        self.user = user
        self.roles = roles
        self.callID = callID
        self.callIDs = callIDs
        self.detail = detail
        self.requestID = requestID
    }

    /// The entry about call `id`, with `detail`.
    public func about(call id: Int64, detail: String?) -> AuditEntry {
        var entry = self
        entry.callID = id
        entry.detail = detail
        return entry
    }
}
