import Foundation
import HotlineCore
import HotlineStore
import Hummingbird

/// Reads the query string of `GET /v1/calls` into a ``CallQuery``, refusing unknown parameters.
enum CallQueryParser {
    static let maximumLimit = 500
    static let allowed: Set<String> = ["status", "since", "until", "limit", "cursor"]

    static func parse(_ parameters: Parameters) throws(APIError) -> CallQuery {
        var query = CallQuery()
        try QueryString.refuseUnknown(parameters, allowed: allowed)
        if let text = parameters.get("status") {
            guard let status = CallStatus(rawValue: text) else {
                throw APIError(
                    .badRequest, code: "invalid_field",
                    "status must be one of: \(CallStatus.allCases.map(\.rawValue).joined(separator: ", ")).", field: "status")
            }
            query.status = status
        }
        query.since = try date(parameters, "since")
        query.until = try date(parameters, "until")
        query.limit = try QueryString.limit(parameters, standard: query.limit, maximum: maximumLimit)
        // An empty cursor is the first page, as the spec allows (`cursor=`).
        if let text = parameters.get("cursor"), !text.isEmpty {
            guard let cursor = PageCursor(token: text) else {
                throw APIError(.badRequest, code: "invalid_field", "cursor is not one this server handed out.", field: "cursor")
            }
            query.cursor = cursor
        }
        return query
    }

    private static func date(_ parameters: Parameters, _ name: String) throws(APIError) -> Date? {
        guard let text = parameters.get(name) else { return nil }
        guard let date = RFC3339.parse(text) else {
            throw APIError(.badRequest, code: "invalid_field", "\(name) must be an RFC 3339 timestamp.", field: name)
        }
        return date
    }
}
