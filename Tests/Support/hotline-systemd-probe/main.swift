// A small program the HotlineSystemdTests launch to exercise HotlineSystemd from a separate process:
// inside a private journald namespace, with its own NOTIFY_SOCKET, or under systemd-socket-activate.
//
//   hotline-systemd-probe journal MARKER        log one entry per level and a field-mapping entry to journald
//   hotline-systemd-probe log DESTINATION MARKER  bootstrap with DESTINATION (auto|journal|stderr), log two entries
//   hotline-systemd-probe resolve DESTINATION   print what DESTINATION resolves to in this process
//   hotline-systemd-probe notify                send READY/STATUS/WATCHDOG/RELOADING/READY/STOPPING, print the watchdog interval
//   hotline-systemd-probe activation            answer one connection on the inherited socket with what was inherited
import HotlineSystemd
import Logging
#if canImport(Glibc)
import Glibc
#endif

struct ProbeError: Error {}

func say(_ text: String) {
    print(text)
    fflush(nil)
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "journal":
    let marker = arguments[1]
    HotlineLogging.bootstrap(destination: .journal, identifier: "hotline-probe", level: .trace)
    let logger = Logger(label: "probe.journal")
    logger.trace("trace \(marker)", metadata: ["level_name": "trace"])
    logger.debug("debug \(marker)", metadata: ["level_name": "debug"])
    logger.info("info \(marker)", metadata: ["level_name": "info"])
    logger.notice("notice \(marker)", metadata: ["level_name": "notice"])
    logger.warning("warning \(marker)", metadata: ["level_name": "warning"])
    logger.error("error \(marker)", error: ProbeError(), metadata: ["level_name": "error"])
    logger.critical("critical \(marker)", metadata: ["level_name": "critical"])
    say("fields-line=\(#line + 1)")
    logger.notice("fields \(marker)", metadata: HotlineEvent.highBandCall.metadata([
        "call_id": "c-42", "band": "high", "score": "17", "presumed": "true",
        "flags": ["minor", "debt"], "indicators": ["IND-1", "IND-2"], "catalog_version": "2026.11",
        "peer_uid": "1001", "request_id": "r-9",
        "hb.request.id": "hb-1", "_x": "underscore", "9lives": "digit",
        String(repeating: "k", count: 70): "long", "message": "reserved",
        "peer": ["uid": "1002", "gid": "1003"],
    ]))
    logger.info("multi\nline \(marker)\u{1B}[31m")
case "log":
    let destination = LogDestination(rawValue: arguments[1])!
    let marker = arguments[2]
    HotlineLogging.bootstrap(destination: destination, identifier: "hotline-probe")
    let logger = Logger(label: "probe.log")
    logger.warning("first \(marker)\nsecond line", metadata: ["call_id": "c-7", "flags": ["a", "b"]])
    logger.info("plain \(marker)", metadata: HotlineEvent.callAccepted.metadata())
case "resolve":
    say(HotlineLogging.resolve(LogDestination(rawValue: arguments[1])!).rawValue)
case "notify":
    let notifier = SystemdNotifier()
    if let interval = notifier.watchdogInterval() {
        let (seconds, attoseconds) = interval.components
        say("watchdog-usec=\(seconds * 1_000_000 + attoseconds / 1_000_000_000_000)")
    } else {
        say("watchdog-usec=none")
    }
    say("enabled=\(notifier.isEnabled)")
    var results = [notifier.ready(status: "Serving")]
    results.append(notifier.status("Calls today: 3\nopen high: 1"))
    results.append(notifier.watchdog())
    results.append(notifier.reloading(status: "Reloading"))
    results.append(notifier.ready())
    results.append(notifier.extendTimeout(by: .seconds(20)))
    results.append(notifier.stopping())
    say("sent=\(results.map { $0 ? "1" : "0" }.joined())")
case "activation":
    let descriptors = SocketActivation.listeningDescriptors()
    let again = SocketActivation.listeningDescriptors()
    guard let fd = descriptors.first else { say("no descriptors"); exit(1) }
    let reply = "fds=\(descriptors.map(String.init).joined(separator: ",")) unix=\(SocketActivation.isListeningUnixStream(fd)) "
        + "stdin-unix=\(SocketActivation.isListeningUnixStream(0)) second-call=\(again.count) "
        + "listen-pid-env=\(getenv("LISTEN_PID") != nil)\n"
    let connection = accept(fd, nil, nil)
    guard connection >= 0 else { exit(1) }
    _ = reply.withCString { write(connection, $0, strlen($0)) }
    close(connection)
default:
    say("usage: hotline-systemd-probe journal|log|resolve|notify|activation …")
    exit(2)
}
