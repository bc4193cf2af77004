import GRDB
import HotlineCore

/// A `triages` row: one triage result in a call's history, with the figures statistics need as
/// columns and the whole result as JSON, its evidence as offsets only (no snippets of the call's text).
struct StoredTriage: PreparedInsertRecord {
    static let databaseTableName = "triages"

    enum Columns {
        static let id = Column("id")
        static let callID = Column("call_id")
        static let assessedAt = Column("assessed_at")
        static let catalogVersion = Column("catalog_version")
        static let score = Column("score")
        static let band = Column("band")
        static let presumed = Column("presumed")
        static let language = Column("language")
        static let exploitation = Column("exploitation")
        static let flags = Column("flags")
        static let result = Column("result")
    }

    var callID: Int64
    var triage: TriageRecord

    static let insertedColumns: [InsertedColumn<StoredTriage>] = [
        .init(Columns.callID) { $0.callID },
        .init(Columns.assessedAt) { RFC3339.format($0.triage.assessedAt) },
        .init(Columns.catalogVersion) { $0.triage.catalogVersion },
        .init(Columns.score) { $0.triage.score },
        .init(Columns.band) { $0.triage.band },
        .init(Columns.presumed) { $0.triage.presumedTrafficking },
        .init(Columns.language) { $0.triage.language },
        .init(Columns.exploitation) { $0.triage.exploitation.sorted().joined(separator: ",") },
        .init(Columns.flags) { $0.triage.flags.sorted().joined(separator: ",") },
        .init(Columns.result) { $0.triage.storedResultJSON },
    ]
    static let insertSQL = makeInsertSQL()
}

/// A `triage_indicators` row: an indicator one triage result found (for statistics by indicator).
struct StoredTriageIndicator: PreparedInsertRecord {
    static let databaseTableName = "triage_indicators"

    enum Columns {
        static let triageID = Column("triage_id")
        static let indicatorID = Column("indicator_id")
        static let dimension = Column("dimension")
    }

    var triageID: Int64
    var indicator: TriageRecord.Indicator

    static let insertedColumns: [InsertedColumn<StoredTriageIndicator>] = [
        .init(Columns.triageID) { $0.triageID },
        .init(Columns.indicatorID) { $0.indicator.id },
        .init(Columns.dimension) { $0.indicator.dimension },
    ]
    /// An indicator found twice is kept once.
    static let insertSQL = makeInsertSQL(ignoringDuplicates: true)
}
