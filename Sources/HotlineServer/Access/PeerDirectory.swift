import Foundation
import NIOPosix
import Synchronization

/// Who a peer's uid is in the system's user and group databases: its login name and the names of
/// every group it is in, the primary group the kernel gave (`SO_PEERCRED`'s gid) and the
/// supplementary groups the group database lists for the login.
///
/// `getpwuid_r`, `getgrouplist` and `getgrgid_r` may read `/etc/group` or ask NSS (LDAP, say), so
/// they never run on an event loop: a uid not known yet is looked up on NIO's blocking thread pool,
/// once, and kept. ``forget()`` (on reload) makes changed memberships count.
final class PeerDirectory: Sendable {
    /// A peer as the databases describe it.
    struct Entry: Sendable, Equatable {
        var user: String?
        var groups: Set<String>
    }

    private struct Key: Hashable { var uid: UInt32; var gid: UInt32 }
    private let entries = Mutex<[Key: Entry]>([:])
    private let threadPool: NIOThreadPool

    init(threadPool: NIOThreadPool = .singleton) {
        self.threadPool = threadPool
    }

    /// The entry of `uid` with primary group `gid`: from the cache, else looked up off the loop.
    func entry(uid: UInt32, gid: UInt32) async -> Entry {
        let key = Key(uid: uid, gid: gid)
        if let known = entries.withLock({ $0[key] }) { return known }
        let looked = (try? await threadPool.runIfActive { Self.lookUp(uid: uid, gid: gid) }) ?? Self.lookUp(uid: uid, gid: gid)
        entries.withLock { $0[key] = looked }
        return looked
    }

    /// Drops every entry, so the next request of each peer looks it up again.
    func forget() {
        entries.withLock { $0.removeAll() }
    }

    private static func lookUp(uid: UInt32, gid: UInt32) -> Entry {
        let user = userName(of: uid)
        var gids: Set<gid_t> = [gid_t(gid)]
        if let user { gids.formUnion(groupIDs(of: user, primary: gid_t(gid))) }
        return Entry(user: user, groups: Set(gids.compactMap(groupName(of:))))
    }

    private static func userName(of uid: UInt32) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid_t(uid), &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else {
            return nil
        }
        return String(cString: name)
    }

    private static func groupIDs(of user: String, primary: gid_t) -> [gid_t] {
        var count: Int32 = 64
        while true {
            var groups = [gid_t](repeating: 0, count: Int(count))
            let wanted = count
            if getgrouplist(user, primary, &groups, &count) >= 0 { return Array(groups.prefix(Int(count))) }
            // -1: the list is longer than the buffer, and `count` now says how long it is.
            guard count > wanted else { return [] }
        }
    }

    private static func groupName(of gid: gid_t) -> String? {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var size = 4096
        while size <= 1 << 20 {
            var buffer = [CChar](repeating: 0, count: size)
            let status = getgrgid_r(gid, &entry, &buffer, buffer.count, &result)
            if status == ERANGE { size *= 4; continue }
            guard status == 0, result != nil, let name = entry.gr_name else { return nil }
            return String(cString: name)
        }
        return nil
    }
}
