import Foundation
import HTTPTypes
import HotlineCore
import HotlineStore
import Hummingbird
import Logging
import NIOCore

/// `POST /v1/calls`, `GET /v1/calls` and `GET /v1/calls/{id}`.
struct CallHandlers: Sendable {
    let intake: CallIntake
    let store: CallStore
    let maxBodyBytes: Int
    let logger: Logger
    let audit: AuditLog

    func post(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let body = try await JSONRequestBody.collect(request, limit: maxBodyBytes)
        let accepted = try await intake.accept(
            body: body, peer: context.peer, requestID: context.requestID, audit: audit.entry(.submitCall, context))
        var response = JSONResponse.make(record: accepted.record, status: accepted.status)
        response.headers[HTTPField.Name.location] = "/v1/calls/\(accepted.record.id)"
        return response
    }

    func get(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let id = try context.callID()
        let record: CallRecord?
        do {
            record = try await store.record(id: id)
        } catch let damaged as DamagedRecordError {
            throw DamagedRecordAnswer.error(for: damaged, logger: logger)
        } catch {
            throw APIError.storageUnavailable
        }
        guard let record else { throw .notFound("Call \(id)") }
        audit.record(.readCall, context, callID: id)
        var response = JSONResponse.make(record: record, status: .ok)
        response.headers[.eTag] = CallETag.header(for: record.version)
        return response
    }

    /// A page of the listing. Building one is the costliest answer there is, so it is built only
    /// while its client is still there: not at all for a client that has already gone, and the
    /// store's read is cancelled as soon as the client goes.
    func list(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        let query = try CallQueryParser.parse(request.uri.queryParameters)
        let departure = await ClientDeparture.of(context.channel)
        let store = self.store
        let page: CallListingBody.Page
        do {
            if let departure {
                page = try await departure.cancellingOnDeparture { try await CallListingBody.read(query, from: store) }
            } else {
                page = try await CallListingBody.read(query, from: store)
            }
        } catch is ClientDeparture.Gone {
            throw .clientGone
        } catch let damaged as DamagedRecordError {
            throw DamagedRecordAnswer.error(for: damaged, logger: logger)
        } catch {
            throw APIError.storageUnavailable
        }
        audit.record(.listCalls, context, callIDs: page.ids)
        return JSONResponse.make(body: page.bytes, status: .ok)
    }
}
