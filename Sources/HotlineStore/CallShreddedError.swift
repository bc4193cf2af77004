/// A write that would add free text to a call whose free text has been shredded, refused.
public struct CallShreddedError: Error, Sendable, Equatable {
    public var callID: Int64

    public init(callID: Int64) {
        self.callID = callID
    }
}
