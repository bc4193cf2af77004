import HTTPTypes
import HotlineCore
import Hummingbird
import Logging

/// The API's paths, methods and the permission each needs, in one table: the router is built from
/// it, ``AccessMiddleware`` refuses a request whose peer lacks the permission, and a known path
/// asked with another method is answered 405 with the `Allow` the table gives.
enum HotlineRoutes {
    struct Route: Sendable {
        /// The path template, as `docs/openapi.yaml` writes it.
        let template: String
        /// The methods, each with the permission it needs (`nil`: anyone who can connect).
        var access: [(method: HTTPRequest.Method, permission: Permission?)]
        /// The template's segments, split once: every request is matched against every route.
        let segments: [Substring]

        init(template: String, access: [(method: HTTPRequest.Method, permission: Permission?)]) {
            self.template = template
            self.access = access
            segments = template.split(separator: "/", omittingEmptySubsequences: false)
        }

        var methods: [HTTPRequest.Method] { access.map(\.method) }

        /// The permission `method` needs on this route; `.some(nil)` for an open one, `nil` for a
        /// method the route does not have.
        func permission(for method: HTTPRequest.Method) -> Permission?? {
            access.first { $0.method == method }.map(\.permission)
        }
    }

    static let all: [Route] = [
        Route(template: "/v1/calls", access: [(.get, .listCalls), (.post, .submitCalls)]),
        Route(template: "/v1/calls/{id}", access: [(.get, .readCalls), (.patch, .workCalls)]),
        Route(template: "/v1/calls/{id}/events", access: [(.get, .readCalls)]),
        Route(template: "/v1/calls/{id}/notes", access: [(.get, .readCalls), (.post, .workCalls)]),
        Route(template: "/v1/calls/{id}/referrals", access: [(.get, .readCalls), (.post, .workCalls)]),
        Route(template: "/v1/calls/{id}/referrals/{rid}", access: [(.patch, .workCalls)]),
        Route(template: "/v1/calls/{id}/legal-hold", access: [(.put, .holdCalls), (.delete, .holdCalls)]),
        Route(template: "/v1/calls/{id}/erasure", access: [(.post, .eraseCalls)]),
        Route(template: "/v1/queue", access: [(.get, .listCalls)]),
        Route(template: "/v1/figures", access: [(.get, .readFigures)]),
        Route(template: "/v1/audit", access: [(.get, .readAudit)]),
        Route(template: "/v1/audit/verification", access: [(.get, .readAudit)]),
        Route(template: "/v1/health", access: [(.get, nil)]),
    ]

    /// The route whose template `path` fits, whatever the method. An `{id}` segment fits an id in
    /// canonical decimal form only (``isCanonicalID(_:)``).
    static func route(matching path: String) -> Route? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return all.first { route in
            guard route.segments.count == segments.count else { return false }
            return zip(route.segments, segments).allSatisfy { pattern, segment in
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

    /// The call id of a path under `/v1/calls/{id}`, for the audit entry of a refusal.
    static func callID(inPath path: String) -> Int64? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 4, segments[1] == "v1", segments[2] == "calls", isCanonicalID(segments[3]) else { return nil }
        return Int64(segments[3])
    }

    /// The template of `path` for the log (never the path itself, which holds client text).
    static func loggedTemplate(of path: String) -> String {
        route(matching: path)?.template ?? "(unknown)"
    }

    /// The router: canonical paths only, every failure a JSON error, then the handlers.
    static func router(
        calls: CallHandlers, caseWork: CaseWorkHandlers, notesAndReferrals: NotesAndReferralsHandlers, legalHold: LegalHoldHandlers,
        erasure: ErasureHandler, queue: QueueHandler, figures: FiguresHandler, audit: AuditHandlers, health: HealthHandler,
        access: AccessMiddleware, logger: Logger
    ) -> Router<HotlineRequestContext> {
        let router = Router(context: HotlineRequestContext.self)
        router.add(middleware: APIErrorMiddleware(logger: logger))
        router.add(middleware: CanonicalPathMiddleware())
        router.add(middleware: access)
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
        router.get("/v1/queue") { request, context in try await queue.answer(request, context: context) }
        router.get("/v1/figures") { request, context in try await figures.answer(request, context: context) }
        router.get("/v1/audit") { request, context in try await audit.list(request, context: context) }
        router.get("/v1/audit/verification") { request, context in try await audit.verify(request, context: context) }
        router.get("/v1/health") { _, _ in await health.answer() }
        return router
    }
}
