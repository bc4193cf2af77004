/// JSON text kept as its bytes: compact, keys sorted, as ``JSONValue/serialized()`` writes it, and
/// well-formed (checked when read back from storage, made so when built from a value).
///
/// A call's triage result is stored as such text and answered as it is: spliced into the record's
/// answer, not parsed into a tree and written out again.
public struct StoredJSON: Sendable, Equatable {
    /// The text, in UTF-8.
    public let bytes: [UInt8]

    /// The text of `value`.
    public init(_ value: JSONValue) {
        bytes = value.serialized()
    }

    /// Text this process has just written from a ``JSONValue`` (``JSONValue/serialized()``), taken
    /// as it is. Text from anywhere else goes through ``init(validating:)``.
    public init(serializedByThisProcess bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// `bytes` read back from storage, or `nil` when they are not well-formed JSON (a damaged row).
    public init?(validating bytes: [UInt8]) {
        guard JSONValue.isWellFormed(bytes) else { return nil }
        self.bytes = bytes
    }

    /// The text as a tree (parsed on each use). Well-formed text of at most ``JSONValue/maximumDepth``
    /// levels always parses; `null` stands for text that somehow did not.
    public var value: JSONValue {
        (try? JSONValue.parse(bytes)) ?? .null
    }
}
