import Foundation
import HotlineCore
import HotlineStore
import Hummingbird

/// `GET /v1/audit` (entries, oldest first, filtered by call, user, time or action) and
/// `GET /v1/audit/verification` (the chain checked link by link). Reading the trail is itself
/// audited.
struct AuditHandlers: Sendable {
    let store: CallStore
    let audit: AuditLog
    static let maximumLimit = 1000
    static let defaultLimit = 100

    func list(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let parameters = request.uri.queryParameters
        try QueryString.refuseUnknown(parameters, allowed: ["call_id", "user", "since", "action", "after", "limit"])
        var filter = AuditFilter(limit: try QueryString.limit(parameters, standard: Self.defaultLimit, maximum: Self.maximumLimit))
        if let text = parameters.get("call_id") {
            guard HotlineRoutes.isCanonicalID(text), let id = Int64(text) else {
                throw APIError(.badRequest, code: "invalid_field", "call_id must be a call id (a positive whole number).", field: "call_id")
            }
            filter.callID = id
        }
        if let text = parameters.get("user") {
            guard !text.isEmpty, text.utf8.count <= 64, text.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
                throw APIError(.badRequest, code: "invalid_field", "user must be a login name or a uid.", field: "user")
            }
            filter.user = text
        }
        if let text = parameters.get("since") {
            guard let since = RFC3339.parse(text) else {
                throw APIError(.badRequest, code: "invalid_field", "since must be an RFC 3339 time.", field: "since")
            }
            filter.since = since
        }
        if let text = parameters.get("action") {
            guard let action = AuditAction(rawValue: text) else {
                throw APIError(.badRequest, code: "invalid_field",
                               "action must be one of: \(AuditAction.allCases.map(\.rawValue).joined(separator: ", ")).", field: "action")
            }
            filter.action = action
        }
        if let text = parameters.get("after") {
            guard text == "0" || HotlineRoutes.isCanonicalID(text), let after = Int64(text) else {
                throw APIError(.badRequest, code: "invalid_field", "after must be an entry id.", field: "after")
            }
            filter.afterID = after
        }
        let entries: [StoredAuditEntry]
        do { entries = try await store.auditEntries(filter) } catch { throw APIError.storageUnavailable }
        // The call asked about goes in the detail: the entry is about the trail, not a read of the call.
        audit.record(.readAudit, context, detail: filter.callID.map { "list call_id=\($0)" } ?? "list")
        let next: JSONValue = entries.count == filter.limit ? .integer(Int(entries.last!.id)) : .null
        return JSONResponse.make(json: .object(["entries": .array(entries.map(\.json)), "next_after": next]), status: .ok)
    }

    func verify(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        if !request.uri.queryParameters.isEmpty {
            throw APIError(.badRequest, code: "unknown_field", "The verification takes no parameters.")
        }
        let verification: AuditVerification
        do { verification = try await store.verifyAudit() } catch { throw APIError.storageUnavailable }
        audit.record(.readAudit, context, detail: "verify")
        return JSONResponse.make(json: verification.json, status: .ok)
    }
}
