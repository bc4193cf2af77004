import Foundation
import HTTPTypes
import HotlineCore
import Hummingbird

/// Builds JSON responses.
enum JSONResponse {
    /// A response whose body is a JSON tree, written by ``JSONValue/serialized()``.
    static func make(json: JSONValue, status: HTTPResponse.Status) -> Response {
        var buffer = ByteBuffer()
        buffer.writeBytes(json.serialized())
        buffer.writeString("\n")
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: buffer))
    }

    /// A response whose body is a call record's wire form (``CallRecord/serializedJSON(into:)``).
    static func make(record: CallRecord, status: HTTPResponse.Status) -> Response {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8192)
        record.serializedJSON(into: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        return make(body: ByteBuffer(bytes: bytes), status: status)
    }

    /// A response whose body is JSON already written to `body` (ending in a newline).
    static func make(body: ByteBuffer, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: body))
    }
}
