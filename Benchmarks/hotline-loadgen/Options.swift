/// The load generator's command line.
struct Options {
    var daemon = ".build/release/hotlined"
    var socket: String?
    var clients = 1
    var records = 2000

    init<S: Sequence>(_ arguments: S) throws where S.Element == String {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            guard let value = iterator.next() else { throw LoadGeneratorError("\(argument) needs a value") }
            switch argument {
            case "--daemon": daemon = value
            case "--socket": socket = value
            case "--clients": clients = max(1, Int(value) ?? 1)
            case "--records": records = max(1, Int(value) ?? 1)
            default: throw LoadGeneratorError("unknown option \(argument); use --daemon, --socket, --clients, --records")
            }
        }
    }
}
