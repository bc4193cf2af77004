import Foundation
import HotlineClient

/// Proves the daemon still serves: a real `GET /v1/health` through its own socket, which needs the
/// event loops, the HTTP pipeline, the request handler and a database read to answer.
///
/// The watchdog ping is sent only after this succeeds, so a daemon whose serving path hangs stops
/// pinging and systemd restarts it. A daemon that is merely full is not hung: its connection from
/// this very process is served beyond the connection limit (see ``UnixSocketServer``), and slow
/// clients never leave it in the listen queue, since every connection is accepted. The check is
/// bounded either way: a quarter of ``timeout`` to be accepted, then the rest for the answer.
struct ServingSelfCheck: Sendable {
    let socketPath: String
    /// How long the whole check may take; kept below the ping interval.
    let timeout: Duration

    /// Whether the daemon answered 200 within ``timeout``.
    func run() async -> Bool {
        let socketPath = self.socketPath
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        // The client blocks; keep it off the cooperative thread pool.
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let client = UnixHTTPClient(socketPath: socketPath, timeoutSeconds: seconds * 3 / 4, connectTimeoutSeconds: seconds / 4)
                defer { client.close() }
                let answer = try? client.get("/v1/health")
                continuation.resume(returning: answer?.status == 200)
            }
        }
    }
}
