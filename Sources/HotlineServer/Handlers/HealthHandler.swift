import HotlineCore
import HotlineStore
import HotlineTriage
import Hummingbird

/// `GET /v1/health`: 200 only when the database answers a read and writes work (the last write
/// succeeded, or, after a failure, a probe write just did); else 503 with why.
struct HealthHandler: Sendable {
    let store: CallStore
    let triage: TriageSlot

    func answer() async -> Response {
        let readable = await store.isHealthy()
        let writeFault = await store.writeFault()
        let healthy = readable && writeFault == nil
        let readFault = readable ? nil : StorageFault(code: 1, extendedCode: 1, message: "the database does not answer a read")
        var health: [String: JSONValue] = [
            "status": .string(healthy ? "ok" : "degraded"),
            "version": .string(HotlineVersion.current),
            "database": .string(healthy ? "ok" : "unavailable"),
            "schema_version": .integer(HotlineSchema.currentVersion),
        ]
        if let catalogVersion = triage.triage?.catalogVersion { health["catalog_version"] = .string(catalogVersion) }
        // Why the database is unavailable: SQLite's codes and message (no stored value is in them).
        if let fault = writeFault ?? readFault {
            health["database_error"] = .object([
                "kind": .string(fault.kind),
                "sqlite_code": .integer(Int(fault.code)),
                "sqlite_extended_code": .integer(Int(fault.extendedCode)),
                "message": .string(fault.message),
                "since": .string(RFC3339.format(fault.at)),
            ])
        }
        return JSONResponse.make(json: .object(health), status: healthy ? .ok : .serviceUnavailable)
    }
}
