import Foundation

/// A request path with its query, percent-encoded as the daemon reads it: `+` is sent as `%2B`, so
/// an offset in a time (`+01:00`) is never read as a space.
enum QueryPath {
    static func make(_ path: String, _ items: [URLQueryItem]) -> String {
        var components = URLComponents()
        components.path = path
        components.queryItems = items
        return components.percentEncodedPath + "?" + (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
    }
}
