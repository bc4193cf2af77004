import Foundation
import GRDB
import HotlineCore

/// A call as the listing shows it: codes, times, its case-work state and its current triage's
/// band, score and flags. Never the narrative, the contact, the operator's text or a place name:
/// reading those is reading the whole record, a deliberate act that is audited with the call's id.
public struct CallSummary: Sendable, Equatable {
    public var id: Int64
    /// `received_at` as stored (RFC 3339, milliseconds, UTC).
    public var receivedAtText: String
    public var externalID: String?
    public var status: String
    public var channel: String
    public var language: String?
    public var callerRole: String
    public var sector: String?
    public var region: String?
    public var assignedTo: String?
    public var dueAt: String?
    public var version: Int
    public var band: String?
    public var score: Int?
    public var presumedTrafficking: Bool?
    public var flags: [String]

    static let selection = """
        calls.id, calls.received_at, calls.external_id, calls.status, calls.channel, calls.language, calls.caller_role,
        calls.sector, calls.subject_region, calls.assigned_to, calls.due_at, calls.version,
        triages.band, triages.score, triages.presumed, triages.flags FROM \(CallRow.from)
        """

    init(row: Row) throws {
        id = row[0]
        receivedAtText = row[1]
        externalID = row[2]
        status = row[3]
        channel = row[4]
        language = row[5]
        callerRole = row[6]
        sector = row[7]
        region = row[8]
        assignedTo = row[9]
        dueAt = row[10]
        version = row[11]
        band = row[12]
        score = row[13]
        presumedTrafficking = row[14]
        let flagsText: String? = row[15]
        flags = (flagsText ?? "").split(separator: ",").map(String.init)
    }

    /// The summary's wire form (`CallSummary` in `docs/openapi.yaml`).
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "id": .integer(Int(id)), "received_at": .string(receivedAtText), "status": .string(status),
            "channel": .string(channel), "caller_role": .string(callerRole), "version": .integer(version),
        ]
        object["external_id"] = externalID.map(JSONValue.string)
        object["language"] = language.map(JSONValue.string)
        object["sector"] = sector.map(JSONValue.string)
        object["region"] = region.map(JSONValue.string)
        object["assigned_to"] = assignedTo.map(JSONValue.string)
        object["due_at"] = dueAt.map(JSONValue.string)
        if let band {
            var triage: [String: JSONValue] = ["band": .string(band), "flags": .array(flags.map(JSONValue.string))]
            triage["score"] = score.map(JSONValue.integer)
            triage["presumed_trafficking"] = presumedTrafficking.map(JSONValue.bool)
            object["triage"] = .object(triage)
        }
        return .object(object)
    }
}
