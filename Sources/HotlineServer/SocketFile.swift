import Foundation
import HotlineClient

/// The Unix socket file the daemon listens on: refusing to start over a live daemon, replacing a
/// stale file left by a dead one, and giving the file its mode and group.
enum SocketFile {
    /// Why the socket path cannot be used.
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    /// Makes `path` ready to bind: its folder exists, and no live daemon listens there.
    static func prepare(path: String) throws(Problem) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
            } catch {
                throw Problem(description: "cannot create the socket's folder \(folder): \(error.localizedDescription)")
            }
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }  // nothing there
        guard (info.st_mode & S_IFMT) == S_IFSOCK else {
            throw Problem(description: "\(path) exists and is not a socket; refusing to replace it")
        }
        if isAnswering(path: path) {
            throw Problem(description: "another daemon is already listening on \(path); refusing to start")
        }
        // A socket nobody listens on: left behind by a daemon that died.
        guard unlink(path) == 0 || errno == ENOENT else {
            throw Problem(description: "cannot remove the stale socket \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Whether a process listens on the socket at `path`. A listen queue so full that the connection
    /// is not taken within a second is a live daemon too (a busy one): only a refused connection
    /// means that nobody listens.
    static func isAnswering(path: String) -> Bool {
        do {
            _ = try UnixSocketConnection(path: path, timeoutSeconds: 1)
            return true
        } catch HotlineClientError.timedOut {
            return true
        } catch {
            return false
        }
    }

    /// Gives the bound socket its configured mode and group.
    static func applyPermissions(path: String, mode: UInt32, group: String?) throws(Problem) {
        if let group {
            guard let entry = getgrnam(group) else {
                throw Problem(description: "socket.group '\(group)' is not a group on this host")
            }
            guard chown(path, uid_t.max, entry.pointee.gr_gid) == 0 else {
                throw Problem(description: "cannot give \(path) to group \(group): \(String(cString: strerror(errno)))")
            }
        }
        guard chmod(path, mode_t(mode)) == 0 else {
            throw Problem(description: "cannot set the mode of \(path): \(String(cString: strerror(errno)))")
        }
    }
}
