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

    func post(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        guard let contentType = request.headers[.contentType], Self.isJSON(contentType) else {
            throw APIError(.unsupportedMediaType, code: "unsupported_media_type", "The body must be JSON: Content-Type: application/json.")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            throw Self.tooLarge(maxBodyBytes)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw Self.tooLarge(maxBodyBytes)
        } catch {
            throw APIError(.badRequest, code: "incomplete_body", "The request body was not received completely.")
        }
        let accepted = try await intake.accept(body: Array(buffer: body), peer: context.peer, requestID: context.requestID)
        var response = JSONResponse.make(record: accepted.record, status: accepted.status)
        response.headers[HTTPField.Name.location] = "/v1/calls/\(accepted.record.id)"
        return response
    }

    func get(_ request: Request, context: HotlineRequestContext) async throws(APIError) -> Response {
        // The id in canonical decimal form only (no sign, no leading zeros), so one record has one path.
        let text = context.parameters.get("id") ?? ""
        guard HotlineRoutes.isCanonicalID(text) else { throw APIError.notFound("The resource") }
        guard let id = Int64(text), id > 0 else {
            throw APIError(.notFound, code: "not_found", "Call ids are positive whole numbers; no such call.", field: "id")
        }
        let record: CallRecord?
        do {
            record = try await store.record(id: id)
        } catch let damaged as DamagedRecordError {
            throw DamagedRecordAnswer.error(for: damaged, logger: logger)
        } catch {
            throw APIError.storageUnavailable
        }
        guard let record else { throw .notFound("Call \(id)") }
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
        let body: ByteBuffer
        do {
            if let departure {
                body = try await departure.cancellingOnDeparture { try await CallListingBody.read(query, from: store) }
            } else {
                body = try await CallListingBody.read(query, from: store)
            }
        } catch is ClientDeparture.Gone {
            throw .clientGone
        } catch let damaged as DamagedRecordError {
            throw DamagedRecordAnswer.error(for: damaged, logger: logger)
        } catch {
            throw APIError.storageUnavailable
        }
        return JSONResponse.make(body: body, status: .ok)
    }

    static func isJSON(_ contentType: String) -> Bool {
        // An empty header or one that is only parameters (";") has no media type: not JSON, not a crash.
        let mediaType = (contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            .trimmingCharacters(in: .whitespaces).lowercased()
        return mediaType == "application/json"
    }

    static func tooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, code: "body_too_large", "The body is larger than the limit of \(limit) bytes.")
    }
}
