import Hummingbird

/// The query parameters every route reads alike: unknown names refused, `limit` in its range.
enum QueryString {
    /// Refuses a parameter not in `allowed`. Its name is not repeated in the answer, not even as
    /// `field`: a name a client sends can itself be personal data.
    static func refuseUnknown(_ parameters: Parameters, allowed: Set<String>) throws(APIError) {
        if parameters.contains(where: { !allowed.contains(String($0.key)) }) {
            throw APIError(
                .badRequest, code: "unknown_field",
                "The query has a parameter this API does not have. Allowed: \(allowed.sorted().joined(separator: ", ")).")
        }
    }

    /// `limit`, from 1 to `maximum`, or `standard` when absent.
    static func limit(_ parameters: Parameters, standard: Int, maximum: Int) throws(APIError) -> Int {
        guard let text = parameters.get("limit") else { return standard }
        guard let value = Int(text), (1...maximum).contains(value) else {
            throw APIError(.badRequest, code: "invalid_field", "limit must be a whole number from 1 to \(maximum).", field: "limit")
        }
        return value
    }
}
