import Logging

/// The events `hotlined` and `hotline` report to operators, each with a stable journald `MESSAGE_ID`.
///
/// The IDs were made once with `systemd-id128 new` and must never change: operators filter on them
/// (`journalctl -u hotlined MESSAGE_ID=207125432b494148be2f433aaf0254f8`) and the message catalog
/// (`systemd/catalog/hotline.catalog`) explains each one in English and Danish for `journalctl -x`.
///
/// ```swift
/// logger.critical("Call needs immediate action",
///                 metadata: HotlineEvent.immediateDangerCall.metadata(["call_id": "\(call.id)", "band": "immediate"]))
/// ```
public enum HotlineEvent: String, Sendable, CaseIterable {
    /// A call record was validated, triaged and stored.
    case callAccepted
    /// A stored call scored in the high band: an operator should follow up today.
    case highBandCall
    /// A stored call indicates immediate danger: an operator must act now.
    case immediateDangerCall
    /// A request was refused (validation, size, permission); nothing was stored.
    case requestRejected
    /// The indicator catalog was reloaded (SIGHUP) and is in use.
    case catalogReloaded
    /// Reloading the indicator catalog failed; the previous catalog stays in use.
    case catalogReloadFailed
    /// The configuration file was reloaded (SIGHUP) and is in use.
    case configReloaded
    /// Reloading the configuration failed; the previous configuration stays in use.
    case configReloadFailed
    /// A summary export file was written.
    case exportWritten
    /// `hotline retriage` moved a stored call to a more urgent band under the current catalog.
    case retriageBandRose
    /// A note that adds facts had a call scored again, and its band rose.
    case factNoteBandRose
    /// An operator changed a call's status or assignee (`PATCH /v1/calls/{id}`); an event is kept.
    case callChanged
    /// A note was added to a call, or a referral made or its outcome recorded; an event is kept.
    case caseWorkRecorded
    /// An open call passed its deadline (logged once per call): warning for high, custody, minor or
    /// danger calls, notice otherwise.
    case callOverdue
    /// An entry was appended to the audit trail (a record read, a listing page, a change, a refusal):
    /// the journal's copy of it, ids, codes and the entry's hash only.
    case auditRecorded
    /// `hotline retention run` applied the retention policy: counts of calls shredded and held.
    case retentionApplied
    /// The daemon listens on its socket with the database open (sent together with READY=1).
    case daemonReady
    /// The daemon is shutting down (sent together with STOPPING=1).
    case daemonStopping

    /// The journald `MESSAGE_ID`: 32 lower-case hex digits.
    public var messageID: String {
        switch self {
        case .callAccepted: "dce540b830ae446b8ce86255148335e3"
        case .highBandCall: "2edf6fcc261648509b7285d1fd2bb437"
        case .immediateDangerCall: "207125432b494148be2f433aaf0254f8"
        case .requestRejected: "582c8bcfd8b0459e85d268b5636887a1"
        case .catalogReloaded: "01871b7b914749d08c71f0b9ad4dba13"
        case .catalogReloadFailed: "1981f4ff53ec4cea8f12c8171ac43dfd"
        case .configReloaded: "d4245be3a31244f09451663845ab0b52"
        case .configReloadFailed: "38288cb4900044f5a35e6bd12b7b2f8c"
        case .exportWritten: "3b3c1f1c3e9143cd9b973cbcdae6bb5a"
        case .retriageBandRose: "a371eed0ac6740548680c8112f189b0b"
        case .callChanged: "4c071f4fd1e948049434028a7183c1ed"
        case .callOverdue: "8485b830edba4a539b28a387b4b27be2"
        case .factNoteBandRose: "cb4985ca4818430d9ea549f9eed80853"
        case .caseWorkRecorded: "f7e727d098f14cf5ae5060414d85986b"
        case .retentionApplied: "c91687ccdc6542d3b1c639e72741b1d8"
        case .daemonReady: "d674f5ad93eb4a6285143c8281fccc55"
        case .daemonStopping: "91093d42e83c48e4807109e96f2df024"
        case .auditRecorded: "5c1659f2cee7470492b9d28d65eabea7"
        }
    }

    /// `extra` plus `message_id` (which the journald handler writes as `MESSAGE_ID`).
    public func metadata(_ extra: Logger.Metadata = [:]) -> Logger.Metadata {
        var metadata = extra
        metadata["message_id"] = .string(messageID)
        return metadata
    }
}
