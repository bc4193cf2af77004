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
        try QueryString.refuseUnknown(parameters, allowed: ["limit"])
        let limit = try QueryString.limit(parameters, standard: Self.defaultLimit, maximum: Self.maximumLimit)
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
