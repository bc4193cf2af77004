import Foundation

/// A datagram socket standing in for systemd's `NOTIFY_SOCKET`, to watch a daemon's `WATCHDOG=1` pings.
final class NotifySocket {
    let path: String
    private let descriptor: CInt

    init(directory: URL) throws {
        path = directory.appendingPathComponent("notify.sock").path
        descriptor = socket(AF_UNIX, CInt(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure("socket: \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw Failure("path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw Failure("bind \(path): \(errno)") }
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// The next queued datagram, or `nil` when none is waiting (never blocks).
    func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = recv(descriptor, &buffer, buffer.count, CInt(MSG_DONTWAIT))
        guard count > 0 else { return nil }
        return String(decoding: buffer.prefix(count), as: UTF8.self)
    }

    /// When each `WATCHDOG=1` arrived while polling for `seconds`.
    func watchdogPings(during seconds: TimeInterval) -> [Date] {
        var pings: [Date] = []
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if let message = receive() {
                if message.split(separator: "\n").contains("WATCHDOG=1") { pings.append(Date()) }
            } else {
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        return pings
    }
}
