import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's core storage plus the connection, from which the
/// peer's credentials are read.
struct HotlineRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The client's connection.
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
    }
}
