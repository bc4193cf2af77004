import Foundation
import HTTPTypes
import HotlineCore
import HotlineStore
import HotlineTriage
import Logging

/// The request path for a new call: decode → validate → triage → store → answer → log.
///
/// Each stage is a plain function of the previous one's output, so triage, journald logging and
/// other stages plug in without touching the HTTP layer.
struct CallIntake: Sendable {
    let store: CallStore
    let triage: TriageSlot
    /// The configuration in force: a reload changes the `received_at` window of the next request.
    let configuration: ConfigurationHolder
    let logger: Logger

    /// What the client is answered.
    struct Accepted: Sendable {
        var status: HTTPResponse.Status
        var record: CallRecord
    }

    /// - Parameter audit: the submission's audit entry, written with the record.
    func accept(body: [UInt8], peer: PeerIdentity?, requestID: String, audit: AuditEntry? = nil) async throws(APIError) -> Accepted {
        let arrivedAt = Date()
        let stage = triage.triage

        // decode + validate
        let parser = CallSubmissionParser(
            isKnownIndicator: { id in stage?.isKnownIndicator(id) ?? true },
            receivedAtWindow: configuration.current.intake.receivedAtWindow,
            now: { arrivedAt })
        let submission: CallSubmission
        do {
            submission = try parser.parse(body)
        } catch {
            throw APIError(error)
        }
        if let problem = submission.inconsistency {
            throw APIError(problem, status: .unprocessableContent)
        }

        // triage + store: the triage is computed while the store begins the record's transaction
        let outcome: StoreOutcome
        let assessment: TriageRecord?
        do {
            (outcome, assessment) = try await store.submit(
                PendingSubmission(submission: submission, arrivedAt: arrivedAt, peer: peer, triage: nil, audit: audit),
                assess: { stage?.assess(submission, at: arrivedAt) })
        } catch {
            // SQLite's codes and message only: GRDB's own description of an error can carry the SQL
            // and, with some settings, its arguments, which are the record.
            let fault = StorageFault(error)
            logger.error(
                "call could not be stored: SQLite error \(fault.code) (\(fault.kind)): \(fault.message)",
                metadata: [
                    "request_id": "\(requestID)", "sqlite_code": "\(fault.code)",
                    "sqlite_extended_code": "\(fault.extendedCode)", "sqlite_message": "\(fault.message)",
                ])
            throw APIError(.serviceUnavailable, code: "storage_unavailable", "The call could not be stored; retry with the same external_id.")
        }

        // answer + log
        switch outcome {
        case .created(let record):
            IntakeLog.accepted(record, triage: assessment, peer: peer, requestID: requestID, logger: logger)
            return Accepted(status: .created, record: record)
        case .duplicate(let record):
            logger.info(
                "call retry recognised", metadata: ["call_id": "\(record.id)", "request_id": "\(requestID)"])
            return Accepted(status: .ok, record: record)
        case .conflict(let existingID):
            throw APIError(
                .conflict, code: "conflict",
                "Call \(existingID) was stored with this external_id and different content.", field: "external_id")
        case .shredded(let existingID):
            throw APIError.callShredded(existingID, field: "external_id")
        }
    }
}
