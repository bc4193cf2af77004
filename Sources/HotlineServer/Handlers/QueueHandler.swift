import Foundation
import HotlineCore
import HotlineStore
import Hummingbird

/// `GET /v1/queue?limit=`: the operators' worklist of open calls, no narrative or contact.
struct QueueHandler: Sendable {
    let store: CallStore
    let settings: ConfigurationHolder
    let audit: AuditLog
    static let maximumLimit = 1000
    static let defaultLimit = 200

    func answer(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let parameters = request.uri.queryParameters
        if parameters.contains(where: { $0.key != "limit" }) {
            throw APIError(.badRequest, code: "unknown_field", "The query has a parameter this API does not have. Allowed: limit.")
        }
        var limit = Self.defaultLimit
        if let text = parameters.get("limit") {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw APIError(.badRequest, code: "invalid_field", "limit must be a whole number from 1 to \(Self.maximumLimit).", field: "limit")
            }
            limit = value
        }
        let now = Date()
        let entries: [QueueEntry]
        do {
            entries = try await store.queue(policy: settings.current.deadlines, now: now, limit: limit)
        } catch {
            throw APIError.storageUnavailable
        }
        audit.record(.readQueue, context, callIDs: entries.map(\.id))
        return JSONResponse.make(json: .object([
            "now": .string(RFC3339.format(now)),
            "calls": .array(entries.map { $0.json(at: now) }),
        ]), status: .ok)
    }
}
