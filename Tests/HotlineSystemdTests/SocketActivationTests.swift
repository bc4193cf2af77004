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
        try activator.run()
        defer { if activator.isRunning { activator.terminate() } }

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

    /// Connects to `path` and reads until EOF.
    static func request(_ path: String) throws -> String {
        let fd = socket(AF_UNIX, CInt(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket") }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { throw TestFailure("connect \(path): errno \(errno)") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            data.append(contentsOf: buffer.prefix(count))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
