/// The local process that posted a record, as the kernel reports it through `SO_PEERCRED`.
/// Never taken from the request body.
public struct PeerIdentity: Codable, Sendable, Equatable {
    public var uid: UInt32
    public var gid: UInt32
    public var pid: Int32
    /// The user name of `uid` on the daemon's host, when it has one.
    public var user: String?

    public init(uid: UInt32, gid: UInt32, pid: Int32, user: String?) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.user = user
    }
}
