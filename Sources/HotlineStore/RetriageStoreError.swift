/// Why `hotline retriage` or `hotline retention run` cannot, or can no longer, write to a database. Paths, versions and
/// migration identifiers only: never a record's content.
public enum RetriageStoreError: Error, Equatable, CustomStringConvertible {
    /// There is no file at the path (it is never created).
    case missingFile(String)
    /// The file is not at the schema this build writes; neither command migrates.
    case schemaMismatch(String, SchemaStatus)

    public var description: String {
        switch self {
        case .missingFile(let path):
            return "no database at \(path)"
        case .schemaMismatch(let path, let status):
            if !status.unknownMigrations.isEmpty {
                return "\(path) was written by a newer build (migrations \(status.unknownMigrations.joined(separator: ", "))); "
                    + "this hotline expects schema version \(status.expectedVersion). Nothing was changed: use the hotline that matches the daemon."
            }
            return "\(path) is at schema version \(status.version); this hotline expects \(status.expectedVersion). "
                + "Retriage and retention never migrate a database: nothing was changed. Let hotlined of this version open it "
                + "first (it migrates at start), then run the command again."
        }
    }
}
