import ArgumentParser

/// The exit codes scripts can rely on (after BSD's sysexits.h).
enum CLIExitCode {
    /// Everything worked.
    static let ok = ExitCode(0)
    /// A check ran and found a problem (unhealthy database, invalid catalog, degraded daemon).
    static let checkFailed = ExitCode(1)
    /// The command line was wrong.
    static let usage = ExitCode(64)
    /// The daemon refused the record (400, 409, 413, 415, 422).
    static let rejected = ExitCode(65)
    /// The record asked for does not exist.
    static let notFound = ExitCode(66)
    /// The daemon could not be reached on its socket.
    static let unreachable = ExitCode(69)
    /// The daemon answered something unexpected.
    static let unexpected = ExitCode(70)
    /// A file or the database could not be read or written.
    static let ioError = ExitCode(74)
    /// The daemon refused the request: none of the user's roles allows it (403).
    static let forbidden = ExitCode(77)
}
