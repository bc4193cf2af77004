/// How to reach the caller or subject. Personal data: stored, returned to operators, never logged
/// and never exported.
public struct Contact: Codable, Sendable, Equatable {
    public var name: String?
    public var phone: String?
    public var email: String?

    public init(name: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
