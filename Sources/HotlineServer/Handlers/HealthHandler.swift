import HotlineCore
import HotlineStore
import HotlineTriage
import Hummingbird

/// `GET /v1/health`: 200 only when the database answers a read and writes work (the last write
/// succeeded, or, after a failure, a probe write just did); else 503 with why.
struct HealthHandler: Sendable {
    let store: CallStore
    let triage: TriageSlot

    private struct Health: Encodable {
        var status: String
        var version: String
        var database: String
        var databaseError: DatabaseErrorDetail?
        var schemaVersion: Int
        var catalogVersion: String?

        enum CodingKeys: String, CodingKey {
            case status, version, database
            case databaseError = "database_error"
            case schemaVersion = "schema_version"
            case catalogVersion = "catalog_version"
        }
    }

    /// Why the database is unavailable: SQLite's codes and message (no stored value is in them).
    private struct DatabaseErrorDetail: Encodable {
        var kind: String
        var sqliteCode: Int32
        var sqliteExtendedCode: Int32
        var message: String
        var since: String

        init(_ fault: StorageFault) {
            kind = fault.kind
            sqliteCode = fault.code
            sqliteExtendedCode = fault.extendedCode
            message = fault.message
            since = RFC3339.format(fault.at)
        }

        enum CodingKeys: String, CodingKey {
            case kind, message, since
            case sqliteCode = "sqlite_code"
            case sqliteExtendedCode = "sqlite_extended_code"
        }
    }

    func answer() async -> Response {
        let readable = await store.isHealthy()
        let writeFault = await store.writeFault()
        let healthy = readable && writeFault == nil
        let readFault = readable ? nil : StorageFault(code: 1, extendedCode: 1, message: "the database does not answer a read")
        let health = Health(
            status: healthy ? "ok" : "degraded",
            version: HotlineVersion.current,
            database: healthy ? "ok" : "unavailable",
            databaseError: (writeFault ?? readFault).map(DatabaseErrorDetail.init),
            schemaVersion: HotlineSchema.currentVersion,
            catalogVersion: triage.triage?.catalogVersion
        )
        return JSONResponse.make(health, status: healthy ? .ok : .serviceUnavailable)
    }
}
