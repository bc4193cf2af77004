import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Drops clients that send a request too slowly (`limits.header_timeout_seconds`,
/// `limits.body_timeout_seconds`), so a slowloris cannot hold connection slots.
///
/// - A request head must be complete within the header timeout of its first byte; for the first
///   request of a connection the clock starts when the connection opens, so a client that connects
///   and sends nothing is dropped too. Between requests of a keep-alive connection only the idle
///   timeout applies.
/// - A request body must be complete within the body timeout of its head.
///
/// A client that misses a deadline is answered `408` (`request_timeout`) if no answer to it has
/// begun, and the connection is closed. The deadline is a total, not a gap between bytes: a byte
/// every few seconds does not keep a request alive.
///
/// Two handlers share this clock: this one sits first in the pipeline and sees raw bytes (a head
/// still being received produces nothing above the HTTP decoder), and its ``PartsObserver``
/// sits after the HTTP codec and sees where requests and answers begin and end.
final class RequestReadTimeout: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum Phase {
        /// Between requests; `since` is when the next head's first byte came (nil: none yet).
        case awaitingHead(since: NIODeadline?)
        /// The head is complete; the body is arriving since `since`.
        case readingBody(since: NIODeadline)
    }

    private let headerTimeout: TimeAmount
    private let bodyTimeout: TimeAmount
    private let serverName: String
    private var phase: Phase = .awaitingHead(since: nil)
    /// Requests whose answer has not been written completely.
    private var unanswered = 0
    /// Whether the answer to the newest request has begun.
    private var answerStarted = false
    private var context: ChannelHandlerContext?
    private var timer: Scheduled<Void>?

    init(headerTimeoutSeconds: Int, bodyTimeoutSeconds: Int, serverName: String) {
        headerTimeout = .seconds(Int64(headerTimeoutSeconds))
        bodyTimeout = .seconds(Int64(bodyTimeoutSeconds))
        self.serverName = serverName
    }

    /// The handler to place after the HTTP codec, reporting to this clock.
    func makePartsObserver() -> PartsObserver { PartsObserver(clock: self) }

    // MARK: - Raw bytes (first in the pipeline)

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        if context.channel.isActive { connectionOpened() }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelTimer()
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        connectionOpened()
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelTimer()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .awaitingHead(since: nil) = phase {
            let now = NIODeadline.now()
            phase = .awaitingHead(since: now)
            schedule(at: now + headerTimeout)
        }
        context.fireChannelRead(data)
    }

    private func connectionOpened() {
        guard case .awaitingHead(since: nil) = phase else { return }
        let now = NIODeadline.now()
        phase = .awaitingHead(since: now)
        schedule(at: now + headerTimeout)
    }

    // MARK: - Request and answer boundaries (from the parts observer)

    fileprivate func headReceived() {
        unanswered += 1
        answerStarted = false
        let now = NIODeadline.now()
        phase = .readingBody(since: now)
        schedule(at: now + bodyTimeout)
    }

    fileprivate func endReceived() {
        cancelTimer()
        // Read whole: the handler answers it. The next head's clock starts with its first byte
        // (see channelRead); the idle timeout covers the wait for it.
        phase = .awaitingHead(since: nil)
    }

    fileprivate func answerBegan() {
        answerStarted = true
    }

    fileprivate func answerEnded() {
        unanswered = max(0, unanswered - 1)
    }

    // MARK: - The deadline

    private func schedule(at deadline: NIODeadline) {
        cancelTimer()
        guard let context else { return }
        let loopBound = NIOLoopBound(self, eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(deadline: deadline) { loopBound.value.deadlinePassed() }
    }

    private func cancelTimer() {
        timer?.cancel()
        timer = nil
    }

    private func deadlinePassed() {
        timer = nil
        guard let context else { return }
        let error: APIError
        switch phase {
        case .awaitingHead(since: .some):
            error = .requestTimeout("head", seconds: Int(headerTimeout.nanoseconds / 1_000_000_000))
            // A previous request may still be answered on this connection: no 408 into its answer.
            if unanswered > 0 { return close(context, answering: nil) }
        case .readingBody:
            error = .requestTimeout("body", seconds: Int(bodyTimeout.nanoseconds / 1_000_000_000))
            if unanswered > 1 || answerStarted { return close(context, answering: nil) }
        case .awaitingHead(since: nil):
            return
        }
        close(context, answering: error)
    }

    /// The HTTP decoder refused the bytes: answer a JSON 400 straight to the socket (unless an
    /// earlier request of this connection is still being answered) and close. Returns whether it
    /// answered, so the error is not passed on to Hummingbird's bare 400.
    fileprivate func malformedRequest() -> Bool {
        guard let context, unanswered == 0 else { return false }
        cancelTimer()
        close(context, answering: .malformedHTTP)
        return true
    }

    /// Answers the request just received with `error` straight to the socket and closes, if no
    /// earlier request of this connection is still being answered. Returns whether it answered.
    fileprivate func refuseAlone(_ error: APIError) -> Bool {
        guard let context, unanswered == 1 else { return false }
        cancelTimer()
        close(context, answering: error)
        return true
    }

    private func close(_ context: ChannelHandlerContext, answering error: APIError?) {
        if let error {
            let bytes = RawErrorAnswer.bytes(error, serverName: serverName, allocator: context.channel.allocator)
            context.writeAndFlush(wrapOutboundOut(bytes), promise: nil)
        }
        context.close(promise: nil)
    }

    /// Sits after the HTTP codec and reports where requests and answers begin and end.
    final class PartsObserver: ChannelDuplexHandler, RemovableChannelHandler {
        typealias InboundIn = HTTPRequestPart
        typealias InboundOut = HTTPRequestPart
        typealias OutboundIn = HTTPResponsePart
        typealias OutboundOut = HTTPResponsePart

        private let clock: RequestReadTimeout

        fileprivate init(clock: RequestReadTimeout) {
            self.clock = clock
        }

        /// Whether this connection was answered here and closed: nothing more goes up the pipeline.
        private var refused = false

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            if refused { return }
            switch unwrapInboundIn(data) {
            case .head(let head):
                clock.headReceived()
                // CONNECT names no path of this API: Hummingbird would answer a bare 404 (its
                // encoder drops a CONNECT answer's body). Answer the JSON 405 here and close.
                if head.method == .connect, clock.refuseAlone(.methodNotAllowed([.get, .post])) {
                    refused = true
                    return
                }
            case .body: break
            case .end: clock.endReceived()
            }
            context.fireChannelRead(data)
        }

        func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
            switch unwrapOutboundIn(data) {
            case .head: clock.answerBegan()
            case .body: break
            case .end: clock.answerEnded()
            }
            context.write(data, promise: promise)
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            if error is HTTPParserError, clock.malformedRequest() { return }
            context.fireErrorCaught(error)
        }
    }
}
