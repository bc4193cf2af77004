import Foundation
import HTTPTypes
import HotlineCore
import HotlineStore
import HotlineSystemd
import Hummingbird
import Logging
import NIOCore

/// `PATCH /v1/calls/{id}` (status and assignee, guarded by `If-Match`) and
/// `GET /v1/calls/{id}/events` (the call's history).
struct CaseWorkHandlers: Sendable {
    let store: CallStore
    let maxBodyBytes: Int
    let logger: Logger
    let audit: AuditLog
    let parser = CallChangeParser()

    func patch(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let body = try await JSONRequestBody.collect(request, limit: maxBodyBytes)
        let change: CallChange
        do { change = try parser.parse(body) } catch { throw APIError(error) }
        // The precondition after the body: a body that is wrong is a 400 whatever If-Match says.
        guard let ifMatch = request.headers[.ifMatch] else {
            throw APIError(.badRequest, code: "precondition_required",
                           "A change needs If-Match with the call's ETag (or *), so that no one else's change is overwritten.")
        }
        let expectedVersion: Int?
        switch CallETag.versions(inIfMatch: ifMatch) {
        case .any: expectedVersion = nil
        case .version(let version): expectedVersion = version
        case .unusable:
            throw APIError(.badRequest, code: "precondition_required", "If-Match must be a call's ETag (a version in quotes) or *.")
        }
        let outcome: CallChangeOutcome
        do {
            outcome = try await store.change(
                id: id, expectedVersion: expectedVersion, change: change, peer: context.peer, requestID: context.requestID,
                mayReopen: context.access.may(.reopenCalls), audit: audit.entry(.changeCall, context))
        } catch let damaged as DamagedRecordError {
            throw DamagedRecordAnswer.error(for: damaged, logger: logger)
        } catch {
            throw APIError.storageUnavailable
        }
        switch outcome {
        case .changed(let record):
            logger.notice("call changed", metadata: HotlineEvent.callChanged.metadata([
                "call_id": "\(record.id)", "status": "\(record.status.rawValue)", "version": "\(record.version)",
                "assigned": "\(record.assignedTo != nil)", "due_set_by_hand": "\(record.dueAt != nil)",
                "request_id": "\(context.requestID)",
            ]))
            var response = JSONResponse.make(record: record, status: .ok)
            response.headers[.eTag] = CallETag.header(for: record.version)
            return response
        case .reopenForbidden:
            audit.record(.refused, context, callID: id, detail: "PATCH /v1/calls/{id} reopen", outcome: Permission.reopenCalls.rawValue)
            throw APIError.forbidden(.reopenCalls)
        case .notFound:
            throw .notFound("Call \(id)")
        case .stale(let current):
            var error = APIError(.preconditionFailed, code: "precondition_failed",
                                 "The call has changed since it was read; read it again and retry with its new ETag.")
            error.headers[.eTag] = CallETag.header(for: current)
            throw error
        case .invalidTransition(let from, let allowed):
            throw APIError(.conflict, code: "invalid_transition",
                           "A \(from.rawValue) call may move to: \(allowed.map(\.rawValue).joined(separator: ", ")).", field: "status")
        }
    }

    func events(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let events: [CallEvent]?
        do {
            events = try await store.events(callID: id)
        } catch {
            throw APIError.storageUnavailable
        }
        guard let events else { throw .notFound("Call \(id)") }
        audit.record(.readCaseFile, context, callID: id, detail: "events")
        return JSONResponse.make(json: .object(["events": .array(events.map(\.json))]), status: .ok)
    }
}
