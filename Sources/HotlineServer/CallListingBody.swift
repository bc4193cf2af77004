import HotlineCore
import HotlineStore
import NIOCore

/// The body of a `GET /v1/calls` answer, written record by record as the store reads them: the
/// page exists once, as the answer's bytes, never also as rows, records or a JSON tree.
///
/// The bytes equal those of `{"calls":[…],"next_cursor":…}` built as one ``JSONValue`` and
/// serialized (sorted keys, compact), followed by a newline.
enum CallListingBody {
    private static let opening = #"{"calls":["#

    static func read(_ query: CallQuery, from store: CallStore) async throws -> ByteBuffer {
        let openingLength = opening.utf8.count
        let (body, nextCursor) = try await store.page(query, into: ByteBuffer(string: opening)) { buffer, record in
            if buffer.readableBytes > openingLength { buffer.writeInteger(UInt8(ascii: ",")) }
            var scratch: [UInt8] = []
            scratch.reserveCapacity(4096)
            record.serializedJSON(into: &scratch)
            buffer.writeBytes(scratch)
        }
        var page = body
        page.writeString(#"],"next_cursor":"#)
        var cursor: [UInt8] = []
        (nextCursor.map(JSONValue.string) ?? .null).serialize(into: &cursor)
        page.writeBytes(cursor)
        page.writeString("}\n")
        return page
    }
}
