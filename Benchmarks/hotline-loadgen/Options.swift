/// The load generator's command line.
struct Options {
    var daemon = ".build/release/hotlined"
    var socket: String?
    var clients = 1
    var records = 2000
    /// How long to measure SQLite's durable single-row commits; 0 skips it.
    var baselineSeconds = 3.0
    /// After the posting, how many `GET /v1/calls/{id}` and `GET /v1/calls?limit=50` one keep-alive client sends.
    var reads = 0
    /// After the posting, how many `PATCH` beside `POST`, and `GET /v1/queue`, one keep-alive client sends.
    var caseWork = 0
    /// With `--socket`: the server's process, whose peak RSS is reported.
    var pid: Int32?
    /// Also print the figures as one JSON line (for scripts).
    var json = false

    /// Asked for with `--help`: the usage is printed and the program ends without running.
    struct Help: Error {}

    static let help = """
        usage: hotline-loadgen [--daemon PATH | --socket PATH [--pid PID]] [--clients N] [--records N]
                               [--baseline-seconds S] [--reads N] [--case-work N] [--json yes]

        Starts the daemon at --daemon (default .build/release/hotlined) on a temporary socket and
        database, or drives the server already listening at --socket; N clients post realistic call
        records; prints records/s, latency p50/p99/max, the daemon's peak RSS and SQLite's durable
        single-row commit rate on the same disk (--baseline-seconds 0 skips it). --reads N adds one
        keep-alive client's GET latency, --case-work N PATCH beside POST and the queue, --json yes
        the figures as one JSON line.
        """

    static let usage = "use --daemon, --socket, --clients, --records, --baseline-seconds, --reads, --case-work, --pid, --json yes"

    init<S: Sequence>(_ arguments: S) throws where S.Element == String {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "--help" || argument == "-h" { throw Help() }
            guard let value = iterator.next() else { throw LoadGeneratorError("\(argument) needs a value") }
            switch argument {
            case "--daemon": daemon = value
            case "--socket": socket = value
            case "--clients": clients = max(1, Int(value) ?? 1)
            case "--records": records = max(1, Int(value) ?? 1)
            case "--baseline-seconds": baselineSeconds = max(0, Double(value) ?? 3)
            case "--reads": reads = max(0, Int(value) ?? 0)
            case "--case-work": caseWork = max(0, Int(value) ?? 0)
            case "--pid":
                guard let number = Int32(value) else { throw LoadGeneratorError("--pid needs a process id") }
                pid = number
            case "--json": json = ["yes", "true", "1"].contains(value)
            default: throw LoadGeneratorError("unknown option \(argument); \(Self.usage)")
            }
        }
    }
}
