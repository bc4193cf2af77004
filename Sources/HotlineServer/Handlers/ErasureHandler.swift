import Foundation
import HTTPTypes
import HotlineCore
import HotlineStore
import HotlineSystemd
import Hummingbird
import Logging

/// `POST /v1/calls/{id}/erasure`: shreds one call's free text and contact now, for an erasure
/// request, with a reason from a closed list. The answer (200, the shredded record) comes only once
/// the shred is committed with `secure_delete` on and the write-ahead log truncated; a call under
/// legal hold is refused with 409 `legal_hold`.
struct ErasureHandler: Sendable {
    let store: CallStore
    let maxBodyBytes: Int
    let logger: Logger
    let audit: AuditLog
    let parser = RetentionBodyParser()

    func erase(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let body = try await JSONRequestBody.collect(request, limit: maxBodyBytes)
        let reason: ErasureReason
        do { reason = try parser.erasureReason(body) } catch { throw APIError(error) }
        let outcome: ErasureOutcome
        do {
            outcome = try await store.erase(
                callID: id, reason: reason, peer: context.peer, requestID: context.requestID, audit: audit.entry(.eraseCall, context))
        } catch let damaged as DamagedRecordError {
            throw DamagedRecordAnswer.error(for: damaged, logger: logger)
        } catch {
            let fault = StorageFault(error)
            logger.error("erasure not made durable: SQLite error \(fault.code) (\(fault.kind)): \(fault.message)", metadata: [
                "call_id": "\(id)", "request_id": "\(context.requestID)", "sqlite_code": "\(fault.code)",
                "sqlite_extended_code": "\(fault.extendedCode)",
            ])
            throw APIError(.serviceUnavailable, code: "storage_unavailable",
                           "The erasure could not be completed on disk; retry it (a retry finishes the job).")
        }
        switch outcome {
        case .notFound:
            throw .notFound("Call \(id)")
        case .legalHold:
            throw APIError(.conflict, code: "legal_hold", "Call \(id) is under legal hold; it cannot be erased until the hold is lifted.")
        case .erased(let record):
            logger.notice("call erased", metadata: HotlineEvent.caseWorkRecorded.metadata([
                "call_id": "\(record.id)", "kind": "shredded", "reason": "\(reason.rawValue)", "version": "\(record.version)",
                "request_id": "\(context.requestID)",
            ]))
            var response = JSONResponse.make(record: record, status: .ok)
            response.headers[.eTag] = CallETag.header(for: record.version)
            return response
        }
    }
}
