import HTTPTypes
import NIOCore

/// An HTTP/1.1 error answer written straight to the socket, for refusals made outside the request
/// handler: a daemon at its connection limit (503) and a request too slow to arrive (408). It keeps
/// the JSON error contract of every other error and always closes the connection.
enum RawErrorAnswer {
    /// The bytes of the answer: status line, headers (`Connection: close`, `Content-Length`, the
    /// error's own headers such as `Retry-After`) and the JSON body.
    static func bytes(_ error: APIError, serverName: String, allocator: ByteBufferAllocator) -> ByteBuffer {
        let body = error.jsonBody
        var head = "HTTP/1.1 \(error.status.code) \(error.status.reasonPhrase)\r\n"
        head += "Content-Type: application/json; charset=utf-8\r\n"
        head += "Content-Length: \(body.count)\r\n"
        for field in error.headers { head += "\(field.name.canonicalName): \(field.value)\r\n" }
        head += "Connection: close\r\nServer: \(serverName)\r\n\r\n"
        var buffer = allocator.buffer(capacity: head.utf8.count + body.count)
        buffer.writeString(head)
        buffer.writeBytes(body)
        return buffer
    }
}
