import HotlineCore

extension ConfigurationParser {
    /// Reads and parses the daemon configuration file at `path`.
    ///
    /// - Throws: ``ConfigurationError`` naming the file, and the line and key of a bad value.
    public static func load(file path: String) throws(ConfigurationError) -> DaemonConfiguration {
        guard let text = PolicyFile.text(at: path) else {
            throw ConfigurationError(file: path, line: nil, key: nil, problem: "cannot be read")
        }
        return try parse(yaml: text, file: path)
    }
}
