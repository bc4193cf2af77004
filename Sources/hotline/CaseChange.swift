import ArgumentParser
import Foundation
import HotlineClient

/// One change to a call from the CLI: reads the call for its ETag, sends the change with
/// `If-Match`, and reports a change someone else made in between instead of overwriting it.
enum CaseChange {
    /// Sends `body` to `PATCH /v1/calls/{id}` guarded by the call's current version; the record after.
    static func apply(_ body: [String: Any?], to id: Int64, client: UnixHTTPClient) throws -> [String: Any] {
        let current = try CLIOutput.exchange(client) { try $0.get("/v1/calls/\(id)") }
        guard current.status == 200, let etag = current.headers["etag"] else { throw CLIOutput.failure(for: current) }
        let json = try JSONSerialization.data(withJSONObject: body.mapValues { $0 ?? NSNull() }, options: [.sortedKeys])
        let changed = try CLIOutput.exchange(client) {
            try $0.send("PATCH", "/v1/calls/\(id)", body: Array(json), headers: ["If-Match": etag])
        }
        if changed.status == 412 {
            CLIOutput.error("call \(id) was changed by someone else while this command ran; nothing was changed, try again")
            throw CLIExitCode.rejected
        }
        guard changed.status == 200, let record = changed.json else { throw CLIOutput.failure(for: changed) }
        return record
    }

    /// `call 17: in_progress, taken by op-7 (version 3)`.
    static func summary(_ record: [String: Any]) -> String {
        let id = record["id"] as? Int ?? 0
        let status = record["status"] as? String ?? "?"
        let taken = (record["assigned_to"] as? String).map { ", taken by \($0)" } ?? ""
        return "call \(id): \(status)\(taken) (version \(record["version"] as? Int ?? 0))"
    }
}
