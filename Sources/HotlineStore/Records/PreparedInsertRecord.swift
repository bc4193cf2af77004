import GRDB

/// A column an insert writes, and the value it takes from the record.
struct InsertedColumn<Record>: Sendable {
    let column: Column
    let value: @Sendable (Record) -> (any DatabaseValueConvertible)?

    init(_ column: Column, _ value: @escaping @Sendable (Record) -> (any DatabaseValueConvertible)?) {
        self.column = column
        self.value = value
    }
}

/// A record whose inserted columns are listed once, each with the value it takes from the record:
/// GRDB's `encode(to:)` and a prepared insert both read that list.
///
/// The prepared insert is for rows written on every submission. GRDB's own insert builds, for
/// every row, a container of the values keyed by case-folded column names, looks its statement up
/// by the text it generates, and checks and converts the arguments: for a row of a few dozen
/// columns that cost about as much as SQLite's own work on it.
protocol PreparedInsertRecord: PersistableRecord {
    static var insertedColumns: [InsertedColumn<Self>] { get }
    /// `INSERT INTO` the table, its inserted columns and one placeholder each: made once, by
    /// ``makeInsertSQL(ignoringDuplicates:)``, into a `static let`.
    static var insertSQL: String { get }
}

extension PreparedInsertRecord {
    /// - Parameter ignoringDuplicates: `INSERT OR IGNORE`: a row whose key is already there is left
    ///   as it is, and the insert does nothing.
    static func makeInsertSQL(ignoringDuplicates: Bool = false) -> String {
        let names = insertedColumns.map(\.column.name).joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: insertedColumns.count).joined(separator: ", ")
        return "INSERT\(ignoringDuplicates ? " OR IGNORE" : "") INTO \(databaseTableName) (\(names)) VALUES (\(placeholders))"
    }

    func encode(to container: inout PersistenceContainer) {
        for inserted in Self.insertedColumns { container[inserted.column] = inserted.value(self) }
    }

    /// Inserts the row through the connection's prepared statement for ``insertSQL``; its id is
    /// then `db.lastInsertedRowID`.
    func insertPrepared(_ db: Database) throws {
        let statement = try db.cachedStatement(sql: Self.insertSQL)
        statement.setUncheckedArguments(StatementArguments(Self.insertedColumns.map { $0.value(self) }))
        try statement.execute()
    }
}
