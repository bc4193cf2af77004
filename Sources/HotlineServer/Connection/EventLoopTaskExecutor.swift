import NIOCore

/// Runs a connection's Swift tasks on the connection's own event loop.
///
/// Without it, every request hops from the event loop that read it to the cooperative pool and back
/// for the answer: two thread wake-ups that cost more than a read by key. The work that runs here is
/// short by construction (parsing, a read by key, writing the answer); a page is built in chunks that
/// yield, and durable writes wait on the group-commit writer's own thread.
final class EventLoopTaskExecutor: TaskExecutor, @unchecked Sendable {
    private let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        eventLoop.execute { job.runSynchronously(on: executor) }
    }
}
