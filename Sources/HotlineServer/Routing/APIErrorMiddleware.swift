import HotlineCore
import Hummingbird
import Logging

/// Turns every failure on the request path into the error contract: an ``APIError`` becomes its
/// JSON answer, the router's "no such route" a JSON 404, or a 405 with `Allow` when the path is
/// known and only the method is not. Each refusal is logged with codes and ids only.
///
/// A client that has gone (``ClientDeparture/Gone``) gets nothing: the error passes through, and
/// the server closes the connection.
struct APIErrorMiddleware: RouterMiddleware {
    typealias Context = HotlineRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let refusal: APIError
        do {
            return try await next(request, context)
        } catch let failure as APIError where failure.code == APIError.clientGone.code {
            logger.debug(
                "request abandoned by its client",
                metadata: ["route": "\(HotlineRoutes.loggedTemplate(of: request.uri.path))", "request_id": "\(context.requestID)"])
            throw ClientDeparture.Gone()
        } catch let failure as APIError {
            refusal = failure
        } catch let failure as HTTPError where failure.status == .notFound {
            if let route = HotlineRoutes.route(matching: request.uri.path), !route.methods.contains(request.method) {
                refusal = .methodNotAllowed(route.methods)
            } else {
                refusal = .notFound("The resource")
            }
        } catch is ClientDeparture.Gone {
            throw ClientDeparture.Gone()
        } catch {
            // No handler throws anything else; should one, the client still gets the contract.
            logger.error("unexpected error on the request path", metadata: ["error_type": "\(type(of: error))"])
            refusal = APIError.storageUnavailable
        }
        let route = HotlineRoutes.loggedTemplate(of: request.uri.path)
        let peer = (route == "/v1/calls" && request.method == .post) || refusal.status == .forbidden ? context.peer : nil
        IntakeLog.rejected(
            refusal, method: request.method.rawValue, path: route, peer: peer, requestID: context.requestID, logger: logger)
        return refusal.response
    }
}
