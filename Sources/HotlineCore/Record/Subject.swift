/// The person a call is about, as far as the caller could tell.
public struct Subject: Codable, Sendable, Equatable {
    /// Age in years, 0–120.
    public var age: Int?
    public var ageGroup: AgeGroup?
    public var gender: Gender?
    /// ISO 3166-1 alpha-2 country code, upper case.
    public var nationality: String?
    public var location: Location?

    /// Where the subject is.
    public struct Location: Codable, Sendable, Equatable {
        public var municipality: String?
        public var region: String?

        public init(municipality: String? = nil, region: String? = nil) {
            self.municipality = municipality
            self.region = region
        }
    }

    public init(
        age: Int? = nil, ageGroup: AgeGroup? = nil, gender: Gender? = nil,
        nationality: String? = nil, location: Location? = nil
    ) {
        self.age = age
        self.ageGroup = ageGroup
        self.gender = gender
        self.nationality = nationality
        self.location = location
    }

    enum CodingKeys: String, CodingKey {
        case age
        case ageGroup = "age_group"
        case gender, nationality, location
    }
}
