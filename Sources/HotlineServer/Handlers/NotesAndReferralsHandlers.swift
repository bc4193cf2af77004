import Foundation
import HTTPTypes
import HotlineCore
import HotlineStore
import HotlineSystemd
import HotlineTriage
import Hummingbird
import Logging
import NIOCore

/// Notes (`POST`/`GET /v1/calls/{id}/notes`) and referrals (`POST`/`GET /v1/calls/{id}/referrals`,
/// `PATCH /v1/calls/{id}/referrals/{rid}`). Every write is durable before its answer and leaves an
/// event; note text is never logged.
struct NotesAndReferralsHandlers: Sendable {
    let store: CallStore
    /// The triage in force: a note that adds facts has the call scored again with it.
    let triage: TriageSlot
    let maxBodyBytes: Int
    let logger: Logger
    let audit: AuditLog
    let parser = CaseBodyParser()

    func addNote(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let body = try await JSONRequestBody.collect(request, limit: maxBodyBytes)
        let note: NewNote
        do { note = try parser.note(body) } catch { throw APIError(error) }
        let added: AddedNote?
        var retriage: (@Sendable (CallRecord, [FactNote]) -> TriageRecord?)?
        if let stage = triage.triage {
            retriage = { @Sendable (record: CallRecord, facts: [FactNote]) -> TriageRecord? in
                stage.assess(record.submission, factNotes: facts, at: Date())
            }
        }
        do {
            added = try await store.addNote(
                note, toCall: id, peer: context.peer, requestID: context.requestID, retriage: retriage, audit: audit.entry(.addNote, context))
        } catch let shredded as CallShreddedError {
            throw APIError.callShredded(shredded.callID)
        } catch let damaged as DamagedRecordError {
            throw DamagedRecordAnswer.error(for: damaged, logger: logger)
        } catch {
            throw APIError.storageUnavailable
        }
        guard let added else { throw .notFound("Call \(id)") }
        let noteID = added.note.id ?? 0
        logger.notice("note added", metadata: HotlineEvent.caseWorkRecorded.metadata([
            "call_id": "\(id)", "kind": "note_added", "note_id": "\(noteID)", "adds_facts": "\(note.addsFacts)", "request_id": "\(context.requestID)",
        ]))
        if let retriaged = added.retriaged { FactNoteLog.retriaged(retriaged, noteID: noteID, requestID: context.requestID, logger: logger) }
        return JSONResponse.make(json: added.json, status: .created)
    }

    func notes(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let notes: [CallNote]?
        do { notes = try await store.notes(callID: id) } catch { throw APIError.storageUnavailable }
        guard let notes else { throw .notFound("Call \(id)") }
        audit.record(.readCaseFile, context, callID: id, detail: "notes")
        return JSONResponse.make(json: .object(["notes": .array(notes.map(\.json))]), status: .ok)
    }

    func refer(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let body = try await JSONRequestBody.collect(request, limit: maxBodyBytes)
        let target: ReferralTarget
        do { target = try parser.referral(body) } catch { throw APIError(error) }
        let referral: Referral?
        do {
            referral = try await store.refer(
                callID: id, to: target, peer: context.peer, requestID: context.requestID, audit: audit.entry(.referCall, context))
        } catch {
            throw APIError.storageUnavailable
        }
        guard let referral else { throw .notFound("Call \(id)") }
        logger.notice("call referred", metadata: HotlineEvent.caseWorkRecorded.metadata([
            "call_id": "\(id)", "kind": "referred", "referral_id": "\(referral.id ?? 0)", "target": "\(target.rawValue)", "request_id": "\(context.requestID)",
        ]))
        return JSONResponse.make(json: referral.json, status: .created)
    }

    func referrals(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let referrals: [Referral]?
        do { referrals = try await store.referrals(callID: id) } catch { throw APIError.storageUnavailable }
        guard let referrals else { throw .notFound("Call \(id)") }
        audit.record(.readCaseFile, context, callID: id, detail: "referrals")
        return JSONResponse.make(json: .object(["referrals": .array(referrals.map(\.json))]), status: .ok)
    }

    func updateReferral(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let text = context.parameters.get("rid") ?? ""
        guard HotlineRoutes.isCanonicalID(text), let referralID = Int64(text) else { throw APIError.notFound("The resource") }
        let body = try await JSONRequestBody.collect(request, limit: maxBodyBytes)
        let outcome: ReferralOutcome
        do { outcome = try parser.outcome(body) } catch { throw APIError(error) }
        let referral: Referral?
        do {
            referral = try await store.updateReferral(
                callID: id, referralID: referralID, outcome: outcome, peer: context.peer, requestID: context.requestID,
                audit: audit.entry(.referCall, context))
        } catch {
            throw APIError.storageUnavailable
        }
        guard let referral else { throw .notFound("Referral \(referralID) of call \(id)") }
        logger.notice("referral outcome", metadata: HotlineEvent.caseWorkRecorded.metadata([
            "call_id": "\(id)", "kind": "referral_outcome", "referral_id": "\(referralID)", "outcome": "\(outcome.rawValue)", "request_id": "\(context.requestID)",
        ]))
        return JSONResponse.make(json: referral.json, status: .ok)
    }
}
