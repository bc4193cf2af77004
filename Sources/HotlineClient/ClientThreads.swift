import Foundation

/// Runs `body(index)` on `count` real threads at once and waits for all of them.
///
/// Blocking socket clients (``UnixHTTPClient``) must not run on Swift's cooperative pool, which has
/// one thread per core: the load generator and the tests use this to make clients truly concurrent.
public func runOnThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
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

/// Values appended from many threads.
public final class Collected<Element>: @unchecked Sendable {
    private var items: [Element] = []
    private let lock = NSLock()

    public init() {}

    public func append(_ item: Element) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    /// Everything appended so far.
    public var all: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
