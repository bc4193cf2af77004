import Dispatch
import HotlineCore
import HotlineStore
import HotlineSystemd
import Logging

/// The log entries of the intake path. Only ids, bands, scores, indicator ids and counts:
/// never a narrative, a name, a phone number, an e-mail or an address.
enum IntakeLog {
    /// Where the entries of stored calls are written, in the order the calls were answered.
    private static let writing = DispatchQueue(label: "hotline-intake-log", qos: .userInitiated)

    /// A call was stored. Immediate danger is logged as critical and the high band as a warning,
    /// so `journalctl -p warning` lists the calls that need action now.
    ///
    /// Written on a queue of its own, so the client's answer does not wait for the entry to be
    /// formatted and sent to journald (about 30 µs, a twentieth of a lone client's wait); the entry
    /// follows within microseconds, and ``flush()`` at the stop sends every one still queued.
    static func accepted(_ record: CallRecord, triage: TriageRecord?, peer: PeerIdentity?, requestID: String, logger: Logger) {
        // The call's id and channel go on the queue, not the record with its narrative and contact.
        let callID = record.id, channel = record.submission.channel
        writing.async { write(callID: callID, channel: channel, triage: triage, peer: peer, requestID: requestID, logger: logger) }
    }

    /// Returns once the entry of every call stored so far has been sent.
    static func flush() {
        writing.sync {}
    }

    private static func write(
        callID: Int64, channel: CallChannel, triage: TriageRecord?, peer: PeerIdentity?, requestID: String, logger: Logger
    ) {
        var metadata: Logger.Metadata = [
            "call_id": "\(callID)",
            "request_id": "\(requestID)",
            "channel": "\(channel.rawValue)",
        ]
        if let peer { metadata["peer_uid"] = "\(peer.uid)" }
        guard let triage else {
            logger.info("call accepted", metadata: HotlineEvent.callAccepted.metadata(metadata))
            return
        }
        metadata["band"] = "\(triage.band)"
        metadata["score"] = "\(triage.score)"
        metadata["presumed"] = "\(triage.presumedTrafficking)"
        metadata["forced_labour"] = "\(triage.forcedLabour)"
        metadata["elements"] = "\(triage.evidencedElements.joined(separator: ","))"
        metadata["flags"] = "\(triage.flags.sorted().joined(separator: ","))"
        metadata["indicators"] = "\(triage.indicators.map(\.id).sorted().joined(separator: ","))"
        metadata["catalog_version"] = "\(triage.catalogVersion)"
        if triage.flags.contains("immediate_danger") {
            logger.critical(
                "immediate-danger call \(callID): call 112 now", metadata: HotlineEvent.immediateDangerCall.metadata(metadata))
        } else if triage.band == "high" {
            logger.warning("high-band call \(callID) needs action", metadata: HotlineEvent.highBandCall.metadata(metadata))
        } else {
            logger.notice("call \(callID) accepted, band \(triage.band)", metadata: HotlineEvent.callAccepted.metadata(metadata))
        }
    }

    /// Field paths of the record schema. A path a client made up (an unknown field, a checklist
    /// key) is client text and may hold anything, so it is logged only as its known prefix.
    private static let schemaFields: Set<String> = [
        "external_id", "received_at", "channel", "language", "caller_role", "narrative", "checklist", "subject",
        "subject.age", "subject.age_group", "subject.gender", "subject.nationality", "subject.location",
        "subject.location.municipality", "subject.location.region", "sector", "contact", "contact.name",
        "contact.phone", "contact.email", "operator", "status", "since", "until", "limit", "cursor", "id",
    ]

    static func loggable(field: String) -> String {
        if schemaFields.contains(field) { return field }
        if field.hasPrefix("checklist.") { return "checklist.*" }
        return "(unlisted field)"
    }

    /// A request was refused. Logs the status, the error code and the field's name, never its value.
    static func rejected(_ error: APIError, method: String, path: String, peer: PeerIdentity?, requestID: String, logger: Logger) {
        var metadata: Logger.Metadata = [
            "status": "\(error.status.code)",
            "error_code": "\(error.code)",
            "method": "\(method)",
            "route": "\(path)",
            "request_id": "\(requestID)",
        ]
        if let field = error.field { metadata["field"] = "\(loggable(field: field))" }
        if let peer { metadata["peer_uid"] = "\(peer.uid)" }
        logger.notice(
            "request rejected: \(error.status.code) \(error.code)", metadata: HotlineEvent.requestRejected.metadata(metadata))
    }
}
