/// Turns arbitrary swift-log metadata keys into valid journald field names.
///
/// journald silently drops fields whose names break its rules (sd_journal_print(3)): a name must
/// consist of upper-case ASCII letters, digits and underscores, must not begin with an underscore
/// (those are trusted fields journald sets itself) and may be at most 64 characters long.
/// Instead of losing such a field, the key is mapped:
///
/// | key | field |
/// |---|---|
/// | `call_id` | `CALL_ID` |
/// | `hb.request.id` | `HB_REQUEST_ID` |
/// | `_x` | `X` |
/// | `9lives` | `F_9LIVES` |
/// | `""`, `"__"` | `FIELD` |
public enum JournalFieldName {
    /// The longest field name journald accepts.
    public static let maximumLength = 64

    /// Field names the handler writes itself; metadata keys that map onto one of them are
    /// prefixed with `META_` so they cannot overwrite the entry's own message, priority or origin.
    /// `MESSAGE_ID` is deliberately absent: callers set it through metadata (see ``HotlineEvent``).
    public static let reserved: Set<String> = [
        "MESSAGE", "PRIORITY", "SYSLOG_IDENTIFIER", "CODE_FILE", "CODE_LINE", "CODE_FUNC", "LOGGER", "ERROR_TYPE",
    ]

    /// Returns the journald field name for a metadata key.
    ///
    /// - Parameter key: A swift-log metadata key, for example `call_id` or `hb.request.id`.
    /// - Returns: A valid field name such as `CALL_ID`; never empty, never starting with `_` or a digit.
    public static func mapping(_ key: String) -> String {
        var name = String(
            String.UnicodeScalarView(
                key.unicodeScalars.map { scalar -> Unicode.Scalar in
                    switch scalar {
                    case "A"..."Z", "0"..."9", "_": scalar
                    case "a"..."z": Unicode.Scalar(scalar.value - 32)!
                    default: "_"
                    }
                }
            )
        )
        name = String(name.drop(while: { $0 == "_" }))
        if name.isEmpty { return "FIELD" }
        if let first = name.unicodeScalars.first, ("0"..."9").contains(first) { name = "F_" + name }
        if name.utf8.count > maximumLength { name = String(name.prefix(maximumLength)) }
        return name
    }

    /// Like ``mapping(_:)``, but keeps metadata from taking over a field the handler sets itself.
    static func metadataField(_ key: String) -> String {
        let name = mapping(key)
        guard reserved.contains(name) else { return name }
        return String(("META_" + name).prefix(maximumLength))
    }

    /// Whether `name` already satisfies journald's rules unchanged.
    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= maximumLength && mapping(name) == name
    }
}
