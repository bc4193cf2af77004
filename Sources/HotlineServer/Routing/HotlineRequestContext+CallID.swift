extension HotlineRequestContext {
    /// The call id of the path (`{id}`), in canonical decimal form only (no sign, no leading zeros),
    /// so one record has one path.
    func callID() throws(APIError) -> Int64 {
        let text = parameters.get("id") ?? ""
        guard HotlineRoutes.isCanonicalID(text) else { throw APIError.notFound("The resource") }
        guard let id = Int64(text), id > 0 else {
            throw APIError(.notFound, code: "not_found", "Call ids are positive whole numbers; no such call.", field: "id")
        }
        return id
    }
}
