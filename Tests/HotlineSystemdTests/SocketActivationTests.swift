import Foundation
import HotlineSystemd
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Socket activation with the real `systemd-socket-activate`: it listens, waits for the first connection,
/// then execs the probe with LISTEN_FDS=1 and LISTEN_PID set; the probe answers on the inherited socket.
@Suite("SocketActivation")
struct SocketActivationTests {
    @Test("the inherited listening AF_UNIX stream socket is found at fd 3")
    func inheritedSocket() async throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let socketPath = directory.appendingPathComponent("api.sock").path
        let probe = try TestSupport.product("hotline-systemd-probe")
        let activator = Process()
        activator.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-socket-activate")
        activator.arguments = ["-l", socketPath, probe, "activation"]
        activator.standardInput = FileHandle.nullDevice
        activator.standardOutput = FileHandle.nullDevice
        activator.standardError = FileHandle.nullDevice
        try activator.run()
        defer { if activator.isRunning { kill(activator.processIdentifier, SIGKILL) } }

        let deadline = ContinuousClock.now + .seconds(10)
        while !FileManager.default.fileExists(atPath: socketPath) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        let reply = try Self.request(socketPath)
        #expect(reply == "fds=3 unix=true stdin-unix=false second-call=0 listen-pid-env=false\n")
    }

    @Test("no LISTEN_FDS: no descriptors")
    func noActivation() {
        #expect(SocketActivation.listeningDescriptors().isEmpty)
    }

    static func request(_ path: String) throws -> String {
        try UnixHTTP.exchange(path, [])
    }
}
