import Foundation
import Synchronization

/// Login names by uid, looked up in the user database once per uid and kept.
///
/// `getpwuid_r` may read `/etc/passwd` or ask NSS, so it runs at most once per user, not once per
/// request. ``forget()`` (on reload) makes renamed users show under their new name.
final class UserNames: Sendable {
    private let names = Mutex<[UInt32: String?]>([:])

    func name(of uid: UInt32) -> String? {
        if let known = names.withLock({ $0[uid] }) { return known }
        let looked = Self.lookUp(uid)
        names.withLock { $0[uid] = .some(looked) }
        return looked
    }

    func forget() {
        names.withLock { $0.removeAll() }
    }

    private static func lookUp(_ uid: UInt32) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid_t(uid), &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else {
            return nil
        }
        return String(cString: name)
    }
}
