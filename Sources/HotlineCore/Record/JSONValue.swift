/// A JSON document as a tree of values, decoded without a schema.
///
/// Request bodies are parsed into `JSONValue` first (`JSONValue.parse`), so that
/// validation can name the exact field that is missing, misspelt or of the wrong type, which
/// `Decodable` conformances cannot; answers are written with ``serialized()``.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The JSON type name used in error messages ("string", "object", …).
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
