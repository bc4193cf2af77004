import Foundation
import HTTPTypes
import HotlineCore
import Hummingbird

/// An error answered to a client: an HTTP status and the JSON body
/// `{"error":{"code":…,"message":…,"field":…}}`.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var field: String?
    /// Extra headers, such as `Allow` on a 405.
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, code: String, _ message: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    init(_ error: RecordValidationError, status: HTTPResponse.Status = .badRequest) {
        self.init(status, code: error.code.rawValue, error.message, field: error.field)
    }

    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, code: "not_found", "\(what) was not found.")
    }

    /// A request its peer's roles do not allow (`403`), naming the permission it needs.
    static func forbidden(_ permission: Permission) -> APIError {
        APIError(
            .forbidden, code: "forbidden",
            "This needs the permission \(permission.rawValue), which none of your roles gives; ask a hotline administrator.")
    }

    /// A 409 for a request about a call whose free text has been shredded (by retention or an
    /// erasure): a retry of its intake cannot be compared with it, and a note cannot be added to it.
    static func callShredded(_ callID: Int64, field: String? = nil) -> APIError {
        APIError(.conflict, code: "call_shredded",
                 "Call \(callID) has been shredded (retention or erasure); its text is gone and it takes no new text.", field: field)
    }

    static func methodNotAllowed(_ allowed: [HTTPRequest.Method]) -> APIError {
        var error = APIError(
            .methodNotAllowed, code: "method_not_allowed",
            "Allowed methods: \(allowed.map(\.rawValue).joined(separator: ", ")).")
        error.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
        return error
    }

    /// The error contract's body: `{"error": {"code", "message", "field"?}}`.
    private var body: JSONValue {
        var detail: [String: JSONValue] = ["code": .string(code), "message": .string(message)]
        if let field { detail["field"] = .string(field) }
        return .object(["error": .object(detail)])
    }

    var response: Response {
        var response = JSONResponse.make(json: body, status: status)
        for field in headers { response.headers.append(field) }
        return response
    }

    /// The JSON body alone, for answers written outside Hummingbird (``RawErrorAnswer``).
    var jsonBody: [UInt8] {
        body.serialized() + [UInt8(ascii: "\n")]
    }

    /// A 503 for a daemon serving as many connections as it allows (`limits.max_connections`).
    static func serverBusy(retryAfterSeconds: Int) -> APIError {
        var error = APIError(
            .serviceUnavailable, code: "server_busy",
            "The daemon is serving as many connections as it allows; retry after the seconds in Retry-After.")
        error.headers[.retryAfter] = "\(retryAfterSeconds)"
        return error
    }

    /// The client went away before its answer was ready: nothing is answered (the server closes
    /// the connection); the status is for the record only.
    static let clientGone = APIError(
        HTTPResponse.Status(code: 499, reasonPhrase: "Client Closed Request"), code: "client_gone",
        "The client closed the connection before the answer was ready.")

    /// A 408 for a request whose head or body did not arrive within its timeout.
    static func requestTimeout(_ part: String, seconds: Int) -> APIError {
        APIError(
            .requestTimeout, code: "request_timeout",
            "The request \(part) did not arrive within \(seconds) seconds; the connection is closed.")
    }

    /// A 400 for bytes that are not a well-formed HTTP/1.1 request (bad request line, oversize or
    /// malformed headers, an invalid or conflicting Content-Length / Transfer-Encoding, …). Nothing
    /// the client sent is repeated; the connection is closed.
    static let malformedHTTP = APIError(
        .badRequest, code: "bad_request",
        "The request is not well-formed HTTP/1.1; the connection is closed.")

    /// A 503 for a store that cannot answer now.
    static let storageUnavailable = APIError(
        .serviceUnavailable, code: "storage_unavailable", "The database is unavailable; try again shortly.")
}
