import Hummingbird

/// Refuses every path that is not written exactly as the spec writes it: an empty segment
/// (`//v1//calls`) or a trailing slash (`/v1/calls/`) is a 404, so that one resource has one path
/// (the router alone would read those as `/v1/calls`). An id's own form is its handler's concern.
struct CanonicalPathMiddleware: RouterMiddleware {
    typealias Context = HotlineRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 2, segments[0].isEmpty, !segments.dropFirst().contains(where: \.isEmpty) else {
            throw APIError.notFound("The resource")
        }
        return try await next(request, context)
    }
}
