import HotlineCore

extension IndicatorCatalog {
    /// Reads and parses the catalog file at `path`.
    ///
    /// - Throws: ``CatalogError`` naming the file, and the line of each problem.
    public static func load(contentsOf path: String) throws(CatalogError) -> IndicatorCatalog {
        guard let text = PolicyFile.text(at: path) else {
            throw CatalogError(sourceName: path, problems: [.init(line: 0, message: "cannot read the file")])
        }
        return try parse(yaml: text, sourceName: path)
    }
}
