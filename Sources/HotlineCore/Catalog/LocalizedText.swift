/// A text in Danish and in English.
public struct LocalizedText: Sendable, Equatable {
    public var danish: String
    public var english: String

    public init(danish: String, english: String) {
        self.danish = danish
        self.english = english
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .danish: danish
        case .english: english
        }
    }
}
