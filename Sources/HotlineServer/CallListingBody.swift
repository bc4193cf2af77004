import HotlineCore
import HotlineStore
import NIOCore

/// The body of a `GET /v1/calls` answer, written summary by summary as the store reads them: the
/// page exists once, as the answer's bytes, never also as rows or a JSON tree. With it come the ids
/// it holds, for the audit trail.
///
/// The bytes equal those of `{"calls":[…],"next_cursor":…}` built as one ``JSONValue`` and
/// serialized (sorted keys, compact), followed by a newline.
enum CallListingBody {
    private static let opening = #"{"calls":["#

    struct Page: Sendable {
        var bytes = ByteBuffer(string: CallListingBody.opening)
        var ids: [Int64] = []
    }

    static func read(_ query: CallQuery, from store: CallStore) async throws -> Page {
        var (page, nextCursor) = try await store.summaryPage(query, into: Page()) { page, summary in
            if !page.ids.isEmpty { page.bytes.writeInteger(UInt8(ascii: ",")) }
            var scratch: [UInt8] = []
            scratch.reserveCapacity(512)
            summary.json.serialize(into: &scratch)
            page.bytes.writeBytes(scratch)
            page.ids.append(summary.id)
        }
        page.bytes.writeString(#"],"next_cursor":"#)
        var cursor: [UInt8] = []
        (nextCursor.map(JSONValue.string) ?? .null).serialize(into: &cursor)
        page.bytes.writeBytes(cursor)
        page.bytes.writeString("}\n")
        return page
    }
}
