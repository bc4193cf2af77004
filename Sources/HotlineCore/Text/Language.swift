/// A language the catalog, the analyser and the operator texts support.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case danish = "da"
    case english = "en"

    /// The language for a record's `language` field ("da", "en", "da-DK", "English"...), or nil when unsupported.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("da") || lowered == "dansk" { self = .danish }
        else if lowered.hasPrefix("en") { self = .english }
        else { return nil }
    }

    /// The name Snowball's libstemmer knows this language by.
    public var snowballName: String {
        switch self {
        case .danish: "danish"
        case .english: "english"
        }
    }
}
