import NIOCore
import NIOHTTP1

/// Marks an HTTP/1.0 request that does not ask for keep-alive with `Connection: close`, so the
/// connection is closed as soon as it is answered. The conversion to HTTPTypes drops the version,
/// and without this Hummingbird kept such a connection open until the idle timeout (30 s).
final class HTTP10Close: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data), head.version.major == 1, head.version.minor == 0,
            !head.isKeepAlive
        else {
            return context.fireChannelRead(data)
        }
        head.headers.replaceOrAdd(name: "Connection", value: "close")
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }
}
