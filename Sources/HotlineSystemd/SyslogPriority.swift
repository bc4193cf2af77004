import Logging

extension Logger.Level {
    /// The syslog priority journald stores in `PRIORITY`: critical 2, error 3, warning 4,
    /// notice 5, info 6, debug and trace 7.
    public var syslogPriority: Int {
        switch self {
        case .critical: 2
        case .error: 3
        case .warning: 4
        case .notice: 5
        case .info: 6
        case .debug, .trace: 7
        }
    }
}
