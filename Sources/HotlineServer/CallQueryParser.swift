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
        // The parameter's name is not repeated in the answer, not even as `field`: a name a
        // client sends can itself be personal data.
        if parameters.contains(where: { !allowed.contains(String($0.key)) }) {
            throw APIError(
                .badRequest, code: "unknown_field",
                "The query has a parameter this API does not have. Allowed: \(allowed.sorted().joined(separator: ", ")).")
        }
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
        if let text = parameters.get("limit") {
            guard let limit = Int(text), (1...maximumLimit).contains(limit) else {
                throw APIError(.badRequest, code: "invalid_field", "limit must be a whole number from 1 to \(maximumLimit).", field: "limit")
            }
            query.limit = limit
        }
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
