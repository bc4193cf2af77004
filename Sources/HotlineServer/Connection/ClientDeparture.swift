import NIOCore
import Synchronization

/// Whether the client of a connection has gone, so work done only for it can stop.
///
/// A client has gone when its connection closes or reset, or when it stops sending (end of input):
/// an HTTP/1.1 client never half-closes while it waits for an answer, so, like Go's net/http and
/// nginx, the daemon takes end of input during a request as the client hanging up.
///
/// ``Handler`` sits in each connection's pipeline and marks the departure; request handlers find
/// it with ``of(_:)`` and run abandonable work through ``cancellingOnDeparture(_:)``.
final class ClientDeparture: Sendable {
    private struct State {
        var gone = false
        var nextToken = 0
        var onDeparture: [Int: @Sendable () -> Void] = [:]
    }

    private let state = Mutex(State())

    /// Whether the client has gone.
    var hasGone: Bool { state.withLock { $0.gone } }

    /// Marks the client gone and runs what waited for that.
    func markGone() {
        let waiting = state.withLock { state -> [@Sendable () -> Void] in
            guard !state.gone else { return [] }
            state.gone = true
            defer { state.onDeparture = [:] }
            return Array(state.onDeparture.values)
        }
        waiting.forEach { $0() }
    }

    /// The client of this request has gone; nothing can be answered to it.
    struct Gone: Error {}

    /// Runs `work`, cancelling it when the client goes (or the calling task is cancelled).
    ///
    /// - Throws: ``Gone`` when the client had gone before or while `work` ran, else what `work` throws.
    func cancellingOnDeparture<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) async throws -> Value {
        guard !hasGone else { throw Gone() }
        let task = Task { try await work() }
        let token = state.withLock { state -> Int? in
            guard !state.gone else { return nil }
            state.nextToken += 1
            state.onDeparture[state.nextToken] = { task.cancel() }
            return state.nextToken
        }
        if token == nil { task.cancel() }
        defer { if let token { _ = state.withLock { $0.onDeparture.removeValue(forKey: token) } } }
        do {
            return try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
        } catch {
            if hasGone { throw Gone() }
            throw error
        }
    }

    /// The departure signal of the connection `channel`; `nil` if its pipeline has none. A
    /// connection already closed (its pipeline taken down) gives a signal that says gone.
    static func of(_ channel: any Channel) async -> ClientDeparture? {
        if let departure = try? await channel.pipeline.handler(type: Handler.self).map(\.departure).get() {
            return departure
        }
        guard !channel.isActive else { return nil }
        let gone = ClientDeparture()
        gone.markGone()
        return gone
    }

    /// Marks the departure when the connection ends, fails, or its input ends.
    final class Handler: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = NIOAny

        let departure = ClientDeparture()

        func channelInactive(context: ChannelHandlerContext) {
            departure.markGone()
            context.fireChannelInactive()
        }

        func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
            if event as? ChannelEvent == .some(.inputClosed) { departure.markGone() }
            context.fireUserInboundEventTriggered(event)
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            departure.markGone()
            context.fireErrorCaught(error)
        }
    }
}
