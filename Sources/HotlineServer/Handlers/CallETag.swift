import Foundation

/// A call's version as an HTTP entity tag (`"3"`), and what an `If-Match` header asks for.
enum CallETag {
    enum Precondition: Equatable {
        /// `*`: any current version.
        case any
        case version(Int)
        /// Nothing a call's ETag could ever match.
        case unusable
    }

    static func header(for version: Int) -> String { "\"\(version)\"" }

    /// The version `If-Match` names: one strong tag of our form, or `*`.
    static func versions(inIfMatch value: String) -> Precondition {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed == "*" { return .any }
        guard trimmed.count >= 3, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else { return .unusable }
        let digits = trimmed.dropFirst().dropLast()
        guard HotlineRoutes.isCanonicalID(digits), let version = Int(digits) else { return .unusable }
        return .version(version)
    }
}
