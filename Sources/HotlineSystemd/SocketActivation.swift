internal import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Listening sockets handed over by systemd (`hotlined.socket`) or `systemd-socket-activate`.
public enum SocketActivation {
    /// The descriptors passed through `LISTEN_FDS`/`LISTEN_PID` (starting at 3), or `[]` when none
    /// were passed to this process.
    ///
    /// Calls `sd_listen_fds(1)`: the `LISTEN_*` variables are removed afterwards so that child
    /// processes do not take the sockets for their own, and so a second call returns `[]`.
    public static func listeningDescriptors() -> [CInt] {
        let count = sd_listen_fds(1)
        guard count > 0 else { return [] }
        return (0..<count).map { SD_LISTEN_FDS_START + $0 }
    }

    /// Whether `descriptor` is a listening `AF_UNIX` stream socket (`sd_is_socket_unix(3)`),
    /// the only kind `hotlined` serves on.
    public static func isListeningUnixStream(_ descriptor: CInt) -> Bool {
        sd_is_socket_unix(descriptor, CInt(SOCK_STREAM.rawValue), 1, nil, 0) > 0
    }
}
