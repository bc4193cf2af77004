import Hummingbird
import NIOCore

/// The body of a request that writes (a call, a change, a note, a referral): JSON by its
/// `Content-Type`, no larger than the limit, received whole. Each failure is the contract's error.
enum JSONRequestBody {
    static func collect(_ request: Request, limit: Int) async throws(APIError) -> [UInt8] {
        guard let contentType = request.headers[.contentType], isJSON(contentType) else {
            throw APIError(.unsupportedMediaType, code: "unsupported_media_type", "The body must be JSON: Content-Type: application/json.")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw tooLarge(limit)
        }
        var request = request
        do {
            return Array(buffer: try await request.collectBody(upTo: limit))
        } catch is NIOTooManyBytesError {
            throw tooLarge(limit)
        } catch {
            throw APIError(.badRequest, code: "incomplete_body", "The request body was not received completely.")
        }
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
