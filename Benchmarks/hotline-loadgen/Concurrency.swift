import Foundation

/// Runs `body(index)` on `count` real threads at once and waits for them.
func runOnThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            body(index)
            group.leave()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
    group.wait()
}

/// Latencies collected from many threads.
final class LatencyLog: @unchecked Sendable {
    private var storage: [Double]
    private let lock = NSLock()

    init(capacity: Int) { storage = []; storage.reserveCapacity(capacity) }

    func add(_ milliseconds: Double) {
        lock.lock()
        storage.append(milliseconds)
        lock.unlock()
    }

    var values: [Double] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// A shared count.
final class Counter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
