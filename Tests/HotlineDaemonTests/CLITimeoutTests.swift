import Foundation
import Testing

/// The CLI never hangs on a daemon that cannot serve it (issue 9, item 3): it gives up after its
/// connect or read timeout and exits 69. A listening socket that never accepts stands in for the daemon.
@Suite("hotline CLI timeouts", .serialized)
struct CLITimeoutTests {
    /// A listening Unix socket nobody accepts on.
    final class SilentListener {
        let path: String
        let descriptor: CInt
        private var queued: [CInt] = []

        init(path: String, backlog: CInt) throws {
            self.path = path
            descriptor = try Self.socketAddress(path) { fd, address in
                guard bind(fd, address, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0, listen(fd, backlog) == 0 else {
                    throw Failure("bind/listen \(path): \(errno)")
                }
            }
        }

        /// Connects without blocking until the listen queue refuses more, so the next client's connect would wait.
        func fillQueue() {
            while queued.count < 64 {
                let path = self.path
                guard let fd = try? Self.socketAddress(path, nonBlocking: true, { fd, address in
                    guard connect(fd, address, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 else { throw Failure("\(errno)") }
                }) else { return }
                queued.append(fd)
            }
        }

        deinit {
            queued.forEach { close($0) }
            close(descriptor)
            unlink(path)
        }

        /// A new socket with `path` as its address, handed to `body`; closed if `body` throws.
        static func socketAddress(
            _ path: String, nonBlocking: Bool = false, _ body: (CInt, UnsafePointer<sockaddr>) throws -> Void
        ) throws -> CInt {
            let fd = socket(AF_UNIX, CInt(SOCK_STREAM.rawValue) | (nonBlocking ? CInt(SOCK_NONBLOCK.rawValue) : 0), 0)
            guard fd >= 0 else { throw Failure("socket: \(errno)") }
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
            do {
                try withUnsafePointer(to: &address) { try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { try body(fd, $0) } }
            } catch {
                close(fd)
                throw error
            }
            return fd
        }
    }

    /// Runs the CLI, killing it if it has not exited after `limit` seconds; returns its status and how long it ran.
    static func runBounded(_ arguments: [String], limit: TimeInterval) throws -> (status: Int32?, seconds: TimeInterval, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DaemonProcess.cli)
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        while process.isRunning && Date().timeIntervalSince(started) < limit {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let seconds = Date().timeIntervalSince(started)
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return (nil, seconds, "")
        }
        let error = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, seconds, error)
    }

    @Test("a socket whose listen queue is full: the CLI gives up after its connect timeout and exits 69")
    func connectTimeout() throws {
        let folder = try DaemonProcess()
        let listener = try SilentListener(path: folder.socketPath, backlog: 0)
        listener.fillQueue()
        let run = try Self.runBounded(["health", "--socket", listener.path, "--connect-timeout", "1"], limit: 20)
        #expect(run.status == 69, "exit \(String(describing: run.status)) after \(run.seconds) s: \(run.error)")
        #expect(run.seconds < 10, "ran \(run.seconds) s")
        #expect(run.error.contains("no connection accepted"), "\(run.error)")
    }

    @Test("a socket that takes the connection but never answers: the CLI gives up after its read timeout and exits 69")
    func readTimeout() throws {
        let folder = try DaemonProcess()
        let listener = try SilentListener(path: folder.socketPath, backlog: 16)
        let run = try Self.runBounded(["list", "--socket", listener.path, "--timeout", "1"], limit: 20)
        #expect(run.status == 69, "exit \(String(describing: run.status)) after \(run.seconds) s: \(run.error)")
        #expect(run.seconds < 10, "ran \(run.seconds) s")
        _ = listener
    }

    @Test("the default connect timeout applies without any option")
    func defaultConnectTimeout() throws {
        let folder = try DaemonProcess()
        let listener = try SilentListener(path: folder.socketPath, backlog: 0)
        listener.fillQueue()
        let run = try Self.runBounded(["health", "--socket", listener.path], limit: 20)
        #expect(run.status == 69, "exit \(String(describing: run.status)) after \(run.seconds) s: \(run.error)")
        #expect(run.seconds < 15, "ran \(run.seconds) s")
    }
}
