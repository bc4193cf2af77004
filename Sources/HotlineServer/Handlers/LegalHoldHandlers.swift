import Foundation
import HTTPTypes
import HotlineCore
import HotlineStore
import HotlineSystemd
import Hummingbird
import Logging

/// `PUT /v1/calls/{id}/legal-hold` (set a supervisor's legal hold, with a reason) and
/// `DELETE /v1/calls/{id}/legal-hold` (lift it). While a hold is set, retention skips the call and
/// an erasure is refused. Each change is durable with its event before the answer; the reason is
/// stored and answered, never logged.
struct LegalHoldHandlers: Sendable {
    let store: CallStore
    let maxBodyBytes: Int
    let logger: Logger
    let audit: AuditLog
    let parser = RetentionBodyParser()

    func set(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let body = try await JSONRequestBody.collect(request, limit: maxBodyBytes)
        let reason: String
        do { reason = try parser.legalHoldReason(body) } catch { throw APIError(error) }
        let record: CallRecord?
        do {
            record = try await store.setLegalHold(
                callID: id, reason: reason, peer: context.peer, requestID: context.requestID, audit: audit.entry(.holdCall, context))
        } catch let damaged as DamagedRecordError {
            throw DamagedRecordAnswer.error(for: damaged, logger: logger)
        } catch {
            throw APIError.storageUnavailable
        }
        guard let record else { throw .notFound("Call \(id)") }
        log(kind: .legalHoldSet, record: record, requestID: context.requestID)
        return answer(record)
    }

    func release(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let record: CallRecord?
        do {
            record = try await store.releaseLegalHold(
                callID: id, peer: context.peer, requestID: context.requestID, audit: audit.entry(.holdCall, context))
        } catch let damaged as DamagedRecordError {
            throw DamagedRecordAnswer.error(for: damaged, logger: logger)
        } catch {
            throw APIError.storageUnavailable
        }
        guard let record else { throw .notFound("Call \(id)") }
        log(kind: .legalHoldReleased, record: record, requestID: context.requestID)
        return answer(record)
    }

    private func answer(_ record: CallRecord) -> Response {
        var response = JSONResponse.make(record: record, status: .ok)
        response.headers[.eTag] = CallETag.header(for: record.version)
        return response
    }

    private func log(kind: CallEvent.Kind, record: CallRecord, requestID: String) {
        logger.notice("legal hold \(kind == .legalHoldSet ? "set" : "lifted")", metadata: HotlineEvent.caseWorkRecorded.metadata([
            "call_id": "\(record.id)", "kind": "\(kind.rawValue)", "version": "\(record.version)", "request_id": "\(requestID)",
        ]))
    }
}
