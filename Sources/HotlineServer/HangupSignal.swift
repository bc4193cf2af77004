import Dispatch
import Foundation
import HotlineSystemd

/// SIGHUP, delivered as an async sequence, with `RELOADING=1` sent from the signal source itself.
///
/// On systemd 252 (`Type=notify` + `ExecReload=/bin/kill -HUP $MAINPID`) `systemctl reload` waits for
/// `READY=1` only if `RELOADING=1` arrives before kill(1) has exited (systemd handles notifications
/// before SIGCHLD). Hopping through an `AsyncStream` and a task first costs enough milliseconds to
/// lose that race under load, so the notification goes out in the dispatch handler, before the
/// signal is handed on to ``ReloadService``.
///
/// `@unchecked Sendable`: the dispatch source is set up in `init` and only cancelled in `deinit`.
final class HangupSignal: AsyncSequence, @unchecked Sendable {
    typealias Element = Void

    private let source: any DispatchSourceSignal
    private let stream: AsyncStream<Void>

    /// Traps SIGHUP; returns once the handler is registered, so no early signal is lost
    /// (nor does one end the process by its default action).
    init(notifier: SystemdNotifier) async {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .unbounded)
        self.stream = stream
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: DispatchQueue(label: "hotlined.sighup", qos: .userInteractive))
        self.source = source
        source.setEventHandler {
            notifier.reloading(status: "Reloading configuration and indicator catalog")
            continuation.yield()
        }
        source.setCancelHandler { continuation.finish() }
        await withCheckedContinuation { (registered: CheckedContinuation<Void, Never>) in
            source.setRegistrationHandler { registered.resume() }
            source.resume()
        }
    }

    deinit {
        source.cancel()
    }

    func makeAsyncIterator() -> AsyncStream<Void>.Iterator {
        stream.makeAsyncIterator()
    }
}
