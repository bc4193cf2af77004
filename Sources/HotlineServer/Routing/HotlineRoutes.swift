import HTTPTypes
import Hummingbird
import Logging

/// The API's paths and methods, in one table: the router is built from it, and a known path asked
/// with another method is answered 405 with the `Allow` the table gives.
enum HotlineRoutes {
    struct Route: Sendable {
        /// The path template, as `docs/openapi.yaml` writes it.
        var template: String
        var methods: [HTTPRequest.Method]
    }

    static let all: [Route] = [
        Route(template: "/v1/calls", methods: [.get, .post]),
        Route(template: "/v1/calls/{id}", methods: [.get, .patch]),
        Route(template: "/v1/calls/{id}/events", methods: [.get]),
        Route(template: "/v1/calls/{id}/notes", methods: [.get, .post]),
        Route(template: "/v1/calls/{id}/referrals", methods: [.get, .post]),
        Route(template: "/v1/calls/{id}/referrals/{rid}", methods: [.patch]),
        Route(template: "/v1/calls/{id}/legal-hold", methods: [.put, .delete]),
        Route(template: "/v1/calls/{id}/erasure", methods: [.post]),
        Route(template: "/v1/queue", methods: [.get]),
        Route(template: "/v1/health", methods: [.get]),
    ]

    /// The route whose template `path` fits, whatever the method. An `{id}` segment fits an id in
    /// canonical decimal form only (``isCanonicalID(_:)``).
    static func route(matching path: String) -> Route? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return all.first { route in
            let template = route.template.split(separator: "/", omittingEmptySubsequences: false)
            guard template.count == segments.count else { return false }
            return zip(template, segments).allSatisfy { pattern, segment in
                pattern.hasPrefix("{") ? isCanonicalID(segment) : pattern == segment
            }
        }
    }

    /// Digits with no sign and no leading zero: `+1`, `0005` and `1.0` name no record, so one
    /// record has one path.
    static func isCanonicalID(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first, first != UInt8(ascii: "0") else { return false }
        return text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The template of `path` for the log (never the path itself, which holds client text).
    static func loggedTemplate(of path: String) -> String {
        route(matching: path)?.template ?? "(unknown)"
    }

    /// The router: canonical paths only, every failure a JSON error, then the handlers.
    static func router(calls: CallHandlers, caseWork: CaseWorkHandlers, notesAndReferrals: NotesAndReferralsHandlers,
                       legalHold: LegalHoldHandlers, erasure: ErasureHandler, queue: QueueHandler, health: HealthHandler, logger: Logger) -> Router<HotlineRequestContext> {
        let router = Router(context: HotlineRequestContext.self)
        router.add(middleware: APIErrorMiddleware(logger: logger))
        router.add(middleware: CanonicalPathMiddleware())
        router.post("/v1/calls") { request, context in try await calls.post(request, context: context) }
        router.get("/v1/calls") { request, context in try await calls.list(request, context: context) }
        router.get("/v1/calls/{id}") { request, context in try await calls.get(request, context: context) }
        router.patch("/v1/calls/{id}") { request, context in try await caseWork.patch(request, context: context) }
        router.get("/v1/calls/{id}/events") { request, context in try await caseWork.events(request, context: context) }
        router.post("/v1/calls/{id}/notes") { request, context in try await notesAndReferrals.addNote(request, context: context) }
        router.get("/v1/calls/{id}/notes") { request, context in try await notesAndReferrals.notes(request, context: context) }
        router.post("/v1/calls/{id}/referrals") { request, context in try await notesAndReferrals.refer(request, context: context) }
        router.get("/v1/calls/{id}/referrals") { request, context in try await notesAndReferrals.referrals(request, context: context) }
        router.patch("/v1/calls/{id}/referrals/{rid}") { request, context in
            try await notesAndReferrals.updateReferral(request, context: context)
        }
        router.put("/v1/calls/{id}/legal-hold") { request, context in try await legalHold.set(request, context: context) }
        router.delete("/v1/calls/{id}/legal-hold") { request, context in try await legalHold.release(request, context: context) }
        router.post("/v1/calls/{id}/erasure") { request, context in try await erasure.erase(request, context: context) }
        router.get("/v1/queue") { request, _ in try await queue.answer(request) }
        router.get("/v1/health") { _, _ in await health.answer() }
        return router
    }
}
