/// Why a submitted call record was refused, naming the field at fault.
///
/// The server turns it into `400 {"error":{"code":…,"message":…,"field":…}}`.
public struct RecordValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Code: String, Sendable {
        case malformedJSON = "malformed_json"
        case invalidUTF8 = "invalid_utf8"
        case missingField = "missing_field"
        case unknownField = "unknown_field"
        case wrongType = "wrong_type"
        case invalidField = "invalid_field"
    }

    public var code: Code
    /// The dotted path of the field, e.g. `subject.age`; `nil` for the body as a whole.
    public var field: String?
    /// A sentence for the client developer. Never quotes the submitted value: it may be personal data.
    public var message: String

    public init(_ code: Code, field: String?, _ message: String) {
        self.code = code
        self.field = field
        self.message = message
    }

    public var description: String {
        field.map { "\($0): \(message)" } ?? message
    }
}
