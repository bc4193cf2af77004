import HotlineStore
import Logging

/// A stored call that cannot be read back: said as permanent, not "try again shortly", and
/// logged with the call's id and the column (never the value).
enum DamagedRecordAnswer {
    static func error(for damaged: DamagedRecordError, logger: Logger) -> APIError {
        logger.error(
            "stored call cannot be read back: \(damaged)",
            metadata: ["call_id": "\(damaged.callID)", "column": "\(damaged.column)"])
        return APIError(
            .serviceUnavailable, code: "storage_unavailable",
            "Call \(damaged.callID) is damaged in the database and cannot be read; retrying will not help. "
                + "`hotline db check` names the damaged rows; restore them from a backup.")
    }
}
