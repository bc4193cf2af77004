import Foundation
import HotlineClient

/// A slowloris attack on the daemon's socket, bounded in connections and time: `connections`
/// clients each send the start of a request head and then one more header line every
/// `dripInterval`, never finishing it. A connection the daemon drops is opened again, so the
/// pressure holds until ``stop()`` or `duration` has passed. Traffic goes only to the Unix socket.
final class SlowlorisFlood: @unchecked Sendable {
    let socketPath: String
    let connections: Int
    let duration: TimeInterval
    let dripInterval: TimeInterval
    private let lock = NSLock()
    private var stopped = false
    private var opened = 0
    private var dropped = 0
    private let finished = DispatchSemaphore(value: 0)

    init(socketPath: String, connections: Int, duration: TimeInterval, dripInterval: TimeInterval = 0.5) {
        self.socketPath = socketPath
        self.connections = connections
        self.duration = duration
        self.dripInterval = dripInterval
    }

    /// Starts the flood on its own thread; returns once the first round of connections is open
    /// (or 3 s have passed).
    func start() {
        let thread = Thread { self.run() }
        thread.stackSize = 1 << 20
        thread.start()
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline && counts.opened < connections {
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Stops the flood, closes every connection and waits for the thread (once; later calls return at once).
    func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        if first { finished.wait() }
    }

    /// Connections opened so far, and how many of them the daemon dropped.
    var counts: (opened: Int, dropped: Int) { lock.withLock { (opened, dropped) } }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func run() {
        defer { finished.signal() }
        let end = Date().addingTimeInterval(duration)
        var open: [UnixSocketConnection?] = Array(repeating: nil, count: connections)
        var line = 0
        while !isStopped && Date() < end {
            for index in open.indices where !isStopped {
                if let connection = open[index] {
                    do {
                        try connection.write(Array("X-Slow-\(line): 1\r\n".utf8))
                    } catch {
                        connection.close()
                        open[index] = nil
                        lock.withLock { dropped += 1 }
                    }
                } else if let connection = try? UnixSocketConnection(path: socketPath, timeoutSeconds: 1) {
                    // Opened with a blocking connect: a full listen queue makes it wait (bounded by
                    // the send timeout where the client sets one before connecting).
                    if (try? connection.write(Array("GET /v1/health HTTP/1.1\r\nHost: slow\r\n".utf8))) != nil {
                        open[index] = connection
                        lock.withLock { opened += 1 }
                    } else {
                        connection.close()
                    }
                }
            }
            line += 1
            Thread.sleep(forTimeInterval: dripInterval)
        }
        for connection in open { connection?.close() }
    }
}
