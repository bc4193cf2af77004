import Foundation
import HTTPTypes
import HotlineCore
import HotlineStore
import HotlineTriage
import Hummingbird
import Logging
import NIOCore

/// The HTTP API: routes requests to the intake pipeline and the store, and turns every failure
/// into a JSON error with a 4xx (or 503) status. Nothing a client sends produces a 500.
struct HotlineAPI: HTTPResponder {
    typealias Context = HotlineRequestContext

    let intake: CallIntake
    let store: CallStore
    let triage: TriageSlot
    let maxBodyBytes: Int
    let logger: Logger

    /// The routes, by path template, for logging without client text.
    enum Route: String {
        case calls = "/v1/calls"
        case call = "/v1/calls/{id}"
        case health = "/v1/health"
        case unknown = "(unknown)"
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        let requestID = context.id
        let (route, id) = Self.route(of: request.uri.path)
        do {
            return try await dispatch(request, route: route, id: id, context: context, requestID: requestID)
        } catch where error.code == APIError.clientGone.code {
            // Nobody is left to answer; the server closes the connection.
            logger.debug("request abandoned by its client", metadata: ["route": "\(route.rawValue)", "request_id": "\(requestID)"])
            throw ClientDeparture.Gone()
        } catch {
            let peer = route == .calls && request.method == .post ? await PeerCredentials.read(from: context.channel) : nil
            IntakeLog.rejected(
                error, method: request.method.rawValue, path: route.rawValue, peer: peer, requestID: requestID, logger: logger)
            return error.response
        }
    }

    static func route(of path: String) -> (Route, String?) {
        // Exactly the spec's paths: no empty segments (`//v1//calls`), no trailing slash, and an
        // id in canonical decimal form (no sign, no leading zeros), so one record has one path.
        var components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count >= 3, components[0].isEmpty, components[1] == "v1" else { return (.unknown, nil) }
        components.removeFirst(2)
        switch (components.count, components[0]) {
        case (1, "calls"): return (.calls, nil)
        case (2, "calls"):
            let id = components[1]
            guard let first = id.first, first != "0", id.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return (.unknown, nil) }
            return (.call, String(id))
        case (1, "health"): return (.health, nil)
        default: return (.unknown, nil)
        }
    }

    private func dispatch(
        _ request: Request, route: Route, id: String?, context: Context, requestID: String
    ) async throws(APIError) -> Response {
        switch (route, request.method) {
        case (.calls, .post):
            return try await postCall(request, context: context, requestID: requestID)
        case (.calls, .get):
            return try await listCalls(request, context: context)
        case (.call, .get):
            return try await getCall(id: id ?? "")
        case (.health, .get):
            return await health()
        case (.calls, _):
            throw .methodNotAllowed([.get, .post])
        case (.call, _), (.health, _):
            throw .methodNotAllowed([.get])
        case (.unknown, _):
            throw .notFound("The resource")
        }
    }

    private func postCall(_ request: Request, context: Context, requestID: String) async throws(APIError) -> Response {
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
        let peer = await PeerCredentials.read(from: context.channel)
        let accepted = try await intake.accept(body: Array(buffer: body), peer: peer, requestID: requestID)
        var response = JSONResponse.make(json: accepted.record.json, status: accepted.status)
        response.headers[HTTPField.Name.location] = "/v1/calls/\(accepted.record.id)"
        return response
    }

    private func getCall(id text: String) async throws(APIError) -> Response {
        guard let id = Int64(text), id > 0 else {
            throw APIError(.notFound, code: "not_found", "Call ids are positive whole numbers; no such call.", field: "id")
        }
        let record: CallRecord?
        do {
            record = try await store.record(id: id)
        } catch let damaged as DamagedRecordError {
            throw damagedRecord(damaged)
        } catch {
            throw Self.storageUnavailable
        }
        guard let record else { throw .notFound("Call \(id)") }
        return JSONResponse.make(json: record.json, status: .ok)
    }

    /// A page of the listing. Building one is the costliest answer there is, so it is built only
    /// while its client is still there: not at all for a client that has already gone, and the
    /// store's read is cancelled as soon as the client goes.
    private func listCalls(_ request: Request, context: Context) async throws(APIError) -> Response {
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
            throw damagedRecord(damaged)
        } catch {
            throw Self.storageUnavailable
        }
        return JSONResponse.make(body: body, status: .ok)
    }

    private struct Health: Encodable {
        var status: String
        var version: String
        var database: String
        var databaseError: DatabaseErrorDetail?
        var schemaVersion: Int
        var catalogVersion: String?

        enum CodingKeys: String, CodingKey {
            case status, version, database
            case databaseError = "database_error"
            case schemaVersion = "schema_version"
            case catalogVersion = "catalog_version"
        }
    }

    /// Why the database is unavailable: SQLite's codes and message (no stored value is in them).
    private struct DatabaseErrorDetail: Encodable {
        var kind: String
        var sqliteCode: Int32
        var sqliteExtendedCode: Int32
        var message: String
        var since: String

        init(_ fault: StorageFault) {
            kind = fault.kind
            sqliteCode = fault.code
            sqliteExtendedCode = fault.extendedCode
            message = fault.message
            since = RFC3339.format(fault.at)
        }

        enum CodingKeys: String, CodingKey {
            case kind, message, since
            case sqliteCode = "sqlite_code"
            case sqliteExtendedCode = "sqlite_extended_code"
        }
    }

    /// 200 only when the database answers a read and writes work (the last write succeeded, or,
    /// after a failure, a probe write just did); else 503 with why.
    private func health() async -> Response {
        let readable = await store.isHealthy()
        let writeFault = await store.writeFault()
        let healthy = readable && writeFault == nil
        let readFault = readable ? nil : StorageFault(code: 1, extendedCode: 1, message: "the database does not answer a read")
        let health = Health(
            status: healthy ? "ok" : "degraded",
            version: HotlineVersion.current,
            database: healthy ? "ok" : "unavailable",
            databaseError: (writeFault ?? readFault).map(DatabaseErrorDetail.init),
            schemaVersion: HotlineSchema.currentVersion,
            catalogVersion: triage.triage?.catalogVersion
        )
        return JSONResponse.make(health, status: healthy ? .ok : .serviceUnavailable)
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

    /// A stored call that cannot be read back: said as permanent, not "try again shortly", and
    /// logged with the call's id and the column (never the value).
    private func damagedRecord(_ damaged: DamagedRecordError) -> APIError {
        logger.error(
            "stored call cannot be read back: \(damaged)",
            metadata: ["call_id": "\(damaged.callID)", "column": "\(damaged.column)"])
        return APIError(
            .serviceUnavailable, code: "storage_unavailable",
            "Call \(damaged.callID) is damaged in the database and cannot be read; retrying will not help. "
                + "`hotline db check` names the damaged rows; restore them from a backup.")
    }

    static let storageUnavailable = APIError(
        .serviceUnavailable, code: "storage_unavailable", "The database is unavailable; try again shortly.")
}
