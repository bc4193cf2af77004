import HotlineCore
import HotlineStore
import HotlineSystemd
import Logging

/// What the journal says when a note that adds facts has a call scored again: ids, bands, score,
/// flags and indicator ids, never the note. Danger found now is critical and a band that rose is a
/// warning, so `journalctl -p warning` still lists every call that needs action.
enum FactNoteLog {
    static func retriaged(_ call: RetriagedCall, noteID: Int64, requestID: String, logger: Logger) {
        let triage = call.triage
        let metadata: Logger.Metadata = [
            "call_id": "\(call.callID)", "note_id": "\(noteID)", "request_id": "\(requestID)", "kind": "retriaged",
            "previous_band": "\(call.previousBand ?? "none")", "band": "\(triage.band)", "score": "\(triage.score)",
            "presumed": "\(triage.presumedTrafficking)", "flags": "\(triage.flags.sorted().joined(separator: ","))",
            "indicators": "\(triage.indicators.map(\.id).sorted().joined(separator: ","))", "catalog_version": "\(triage.catalogVersion)",
        ]
        if triage.flags.contains("immediate_danger") && call.movement == .rose {
            logger.critical("immediate-danger call \(call.callID) after a new note: call 112 now",
                            metadata: HotlineEvent.immediateDangerCall.metadata(metadata))
        } else if call.movement == .rose {
            logger.warning("call \(call.callID) rose from \(call.previousBand ?? "none") to \(triage.band) after a new note",
                           metadata: HotlineEvent.factNoteBandRose.metadata(metadata))
        } else {
            logger.info("call \(call.callID) scored again after a new note, band \(triage.band)",
                        metadata: HotlineEvent.caseWorkRecorded.metadata(metadata))
        }
    }
}
