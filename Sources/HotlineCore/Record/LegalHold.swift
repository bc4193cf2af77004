import Foundation

/// A supervisor's legal hold on a call: while it is set, neither retention nor an erasure shreds
/// the call. Who set it, when and why are kept with the call; setting and lifting it leave events.
public struct LegalHold: Sendable, Equatable {
    /// Why the call is held: a case reference or a short explanation written by staff (never text
    /// the caller gave), 1 to ``maxReasonLength`` code points, never logged.
    public var reason: String
    public var at: Date
    /// Who set it, from the socket's peer credentials (uid and user name).
    public var byUID: UInt32?
    public var byUser: String?

    /// Longest reason, in Unicode code points.
    public static let maxReasonLength = 500

    public init(reason: String, at: Date, byUID: UInt32?, byUser: String?) {
        self.reason = reason
        self.at = at
        self.byUID = byUID
        self.byUser = byUser
    }

    /// The wire form: `{"reason", "at", "by": {"uid", "user"}}`.
    public var json: JSONValue {
        var object: [String: JSONValue] = ["reason": .string(reason), "at": .string(RFC3339.format(at))]
        if let byUID {
            var who: [String: JSONValue] = ["uid": .integer(Int(byUID))]
            who["user"] = byUser.map(JSONValue.string)
            object["by"] = .object(who)
        }
        return .object(object)
    }
}
