import Foundation
import HotlineCore
import Hummingbird

/// Decides what the peer may do and refuses what it may not, before any handler runs.
///
/// The peer's roles come from its groups (``PeerDirectory``, via the context) and the current
/// `access:` policy, re-read after a reload; the permission a request needs comes from
/// ``HotlineRoutes/all``. A refusal is a 403 `forbidden` naming the permission, and an audit entry.
/// Unknown paths and methods pass on, to be answered 404 and 405.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = HotlineRequestContext
    let settings: ConfigurationHolder
    let audit: AuditLog
    /// The daemon's own uid (see ``AccessPolicy/daemonUserIsAdmin``).
    let daemonUID: UInt32 = getuid()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let roles = settings.current.access.roles(memberOf: context.peerGroups, isDaemonUser: context.peer?.uid == daemonUID)
        context.access = PeerAccess(roles: roles)
        if let route = HotlineRoutes.route(matching: request.uri.path), case .some(.some(let permission)) = route.permission(for: request.method),
           !context.access.may(permission)
        {
            audit.record(
                .refused, context, callID: HotlineRoutes.callID(inPath: request.uri.path),
                detail: "\(request.method.rawValue) \(route.template)", outcome: permission.rawValue)
            throw APIError.forbidden(permission)
        }
        return try await next(request, context)
    }
}
