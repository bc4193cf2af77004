import NIOCore

/// The whole pipeline of a connection accepted beyond the connection limit: it answers `503`
/// (`server_busy`, with `Retry-After`) at once, then closes.
///
/// The answer goes out before the request is read, so the connection is not closed outright: the
/// client may still be writing its request, and a socket closed under it would fail that write
/// before the client reads the answer. The handler shuts down its output, reads and discards what
/// the client still sends, and closes when the client has finished (end of input) or after
/// ``linger``, whichever comes first.
final class BusyRefusalHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// How long a refused connection may stay half-open for the client to finish sending.
    static let linger: TimeAmount = .seconds(1)
    /// The client is told to retry after this many seconds.
    static let retryAfterSeconds = 1

    private let serverName: String
    private var answered = false
    private var closeTimer: Scheduled<Void>?

    init(serverName: String) {
        self.serverName = serverName
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { answer(context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        answer(context: context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // Whatever the client sends is not read as a request: it is dropped.
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event as? ChannelEvent == .some(.inputClosed) {
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        closeTimer?.cancel()
        closeTimer = nil
        context.fireChannelInactive()
    }

    private func answer(context: ChannelHandlerContext) {
        guard !answered else { return }
        answered = true
        let bytes = RawErrorAnswer.bytes(
            .serverBusy(retryAfterSeconds: Self.retryAfterSeconds), serverName: serverName, allocator: context.channel.allocator)
        context.writeAndFlush(wrapOutboundOut(bytes), promise: nil)
        context.close(mode: .output, promise: nil)
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        closeTimer = context.eventLoop.scheduleTask(in: Self.linger) {
            loopBound.value.close(promise: nil)
        }
    }
}
