import Foundation
import HotlineCore

/// One page of a listing, newest first, and the cursor of the next page.
public struct CallPage: Sendable {
    public var records: [CallRecord]
    /// Pass it back to get the next page; `nil` on the last page.
    public var nextCursor: String?
}

/// Which records a listing covers.
public struct CallQuery: Sendable, Equatable {
    public var status: CallStatus?
    /// Received at or after.
    public var since: Date?
    /// Received before.
    public var until: Date?
    public var limit: Int
    public var cursor: PageCursor?

    public init(status: CallStatus? = nil, since: Date? = nil, until: Date? = nil, limit: Int = 50, cursor: PageCursor? = nil) {
        self.status = status
        self.since = since
        self.until = until
        self.limit = limit
        self.cursor = cursor
    }
}

/// The position after the last record of a page: its time and id, newest-first order.
public struct PageCursor: Sendable, Equatable {
    public var receivedAt: String
    public var id: Int64

    public init(receivedAt: String, id: Int64) {
        self.receivedAt = receivedAt
        self.id = id
    }

    /// The opaque text form clients pass back.
    public var token: String {
        Data("\(receivedAt)|\(id)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Reads a token made by ``token``; `nil` when it is not one.
    public init?(token: String) {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard token.count <= 200, let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else {
            return nil
        }
        let parts = text.split(separator: "|", maxSplits: 1)
        guard parts.count == 2, RFC3339.parse(String(parts[0])) != nil, let id = Int64(parts[1]) else { return nil }
        self.init(receivedAt: String(parts[0]), id: id)
    }
}
