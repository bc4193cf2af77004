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
/// A `503` health answer ("degraded": the database cannot be written, say the disk is full) still
/// proves the daemon serves: a restart would not free the disk, and the store recovers by itself
/// once the cause is gone.
struct ServingSelfCheck: Sendable {
    let socketPath: String
    /// How long the whole check may take; kept below the ping interval.
    let timeout: Duration

    /// Whether the daemon answered its health (200, or 503 degraded) within ``timeout``.
    func run() async -> Bool {
        let socketPath = self.socketPath
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        // The client blocks; keep it off the cooperative thread pool.
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let client = UnixHTTPClient(socketPath: socketPath, timeoutSeconds: seconds * 3 / 4, connectTimeoutSeconds: seconds / 4)
                defer { client.close() }
                let answer = try? client.get("/v1/health")
                let degraded = answer?.status == 503 && answer?.json?["status"] as? String == "degraded"
                continuation.resume(returning: answer?.status == 200 || degraded)
            }
        }
    }
}
