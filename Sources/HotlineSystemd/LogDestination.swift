/// Where `hotlined` and `hotline` send their log entries.
///
/// The daemon's configuration file sets it as `logging: {destination: auto|journal|stderr}`.
public enum LogDestination: String, Sendable, CaseIterable, Codable {
    /// journald when stderr is connected to the journal (`JOURNAL_STREAM` names stderr's
    /// device and inode, which systemd sets for `StandardError=journal`), stderr otherwise.
    case auto
    /// Always journald, through `sd_journal_sendv`; entries fall back to stderr only when
    /// journald cannot be reached.
    case journal
    /// Always one plain line per entry on stderr.
    case stderr
}
