import GRDB
import HotlineCore

/// A `triages` row: one triage result in a call's history, with the figures statistics need as
/// columns and the whole result as JSON, its evidence as offsets only (no snippets of the call's text).
struct StoredTriage: PersistableRecord {
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

    func encode(to container: inout PersistenceContainer) throws {
        container[Columns.callID] = callID
        container[Columns.assessedAt] = RFC3339.format(triage.assessedAt)
        container[Columns.catalogVersion] = triage.catalogVersion
        container[Columns.score] = triage.score
        container[Columns.band] = triage.band
        container[Columns.presumed] = triage.presumedTrafficking
        container[Columns.language] = triage.language
        container[Columns.exploitation] = triage.exploitation.sorted().joined(separator: ",")
        container[Columns.flags] = triage.flags.sorted().joined(separator: ",")
        container[Columns.result] = triage.storedResultJSON
    }
}

/// A `triage_indicators` row: an indicator one triage result found (for statistics by indicator).
struct StoredTriageIndicator: PersistableRecord {
    static let databaseTableName = "triage_indicators"

    enum Columns {
        static let triageID = Column("triage_id")
        static let indicatorID = Column("indicator_id")
        static let dimension = Column("dimension")
    }

    var triageID: Int64
    var indicator: TriageRecord.Indicator

    func encode(to container: inout PersistenceContainer) {
        container[Columns.triageID] = triageID
        container[Columns.indicatorID] = indicator.id
        container[Columns.dimension] = indicator.dimension
    }
}
