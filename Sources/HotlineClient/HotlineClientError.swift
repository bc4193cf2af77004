/// Why a request to the daemon did not get an answer.
public enum HotlineClientError: Error, CustomStringConvertible, Equatable {
    /// Nothing accepted a connection on the socket.
    case unreachable(path: String, reason: String)
    /// The connection broke before a whole answer arrived.
    case connectionLost(reason: String)
    /// The answer was not HTTP/1.1 as expected.
    case malformedResponse(String)
    /// The daemon did not take the connection, the request or give its answer in time.
    case timedOut(String)

    public var description: String {
        switch self {
        case .unreachable(let path, let reason): "cannot reach the daemon at \(path): \(reason)"
        case .connectionLost(let reason): "the connection to the daemon broke: \(reason)"
        case .malformedResponse(let what): "the daemon's answer was not understood: \(what)"
        case .timedOut(let what): "the daemon did not answer in time: \(what)"
        }
    }
}
