/// Everything wrong with a catalog source, each problem with its line.
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One problem at one line (1-based; 0 when the line is unknown).
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var message: String
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// The file name or other label the messages start with.
    public var sourceName: String
    public var problems: [Problem]

    public init(sourceName: String, problems: [Problem]) {
        self.sourceName = sourceName
        self.problems = problems
    }

    /// Each problem as "FILE:LINE: message", one per line.
    public var messages: [String] { problems.map { "\(sourceName):\($0.line): \($0.message)" } }

    public var description: String { messages.joined(separator: "\n") }
}
