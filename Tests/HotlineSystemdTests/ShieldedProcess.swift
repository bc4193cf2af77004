import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A long-running child started behind a small shell, for programs that close every inherited
/// descriptor, such as `systemd-socket-activate`.
///
/// Why: swift-corelibs-foundation notices a child's exit when a socket the child inherited reaches
/// EOF, and then calls a blocking `waitpid` for that child on its one process-monitor thread.
/// `systemd-socket-activate` closes that socket at once while it keeps waiting for a connection, so
/// the monitor thread blocks until it exits, and every other `Process` of the test run (other suites
/// waiting in `waitUntilExit`) stalls with it: a deadlock when those waits hold the cooperative
/// threads this test needs to make the connection. The shell keeps the socket open until the
/// program has really exited, and records the program's PID (the PID the daemon keeps after exec).
final class ShieldedProcess {
    let shell: Process
    private let pidFile: URL

    /// Starts `executable arguments…` with stdout and stderr appended to `output`.
    init(_ executable: String, _ arguments: [String], output: URL, environment: [String: String]) throws {
        pidFile = output.deletingLastPathComponent().appendingPathComponent(output.lastPathComponent + ".pid")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let log = try FileHandle(forWritingTo: output)
        shell = Process()
        // bash, not dash: children of a Swift test process inherit a signal mask with SIGCHLD blocked,
        // and dash's `wait` then sleeps forever beside its exited child; bash's `wait` reaps it.
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", #""$@" & echo $! >"$PIDFILE"; wait $!"#, "bash", executable] + arguments
        shell.environment = environment.merging(["PIDFILE": pidFile.path]) { $1 }
        shell.standardInput = FileHandle.nullDevice
        shell.standardOutput = log
        shell.standardError = log
        try shell.run()
    }

    /// The program's PID (waits briefly for the shell to record it).
    func pid() async throws -> pid_t {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw TestFailure("no PID recorded in \(pidFile.path)")
    }

    var isRunning: Bool { shell.isRunning }

    /// The program's exit status, as the shell passes it on (after ``waitForExit(timeout:)``).
    var terminationStatus: Int32 { shell.terminationStatus }

    /// Sends `signal` to the program.
    func signal(_ signal: CInt) async throws {
        kill(try await pid(), signal)
    }

    /// Waits for the program (and the shell) to end; kills both after `timeout`.
    func waitForExit(timeout: Duration = .seconds(60)) async throws {
        let deadline = ContinuousClock.now + timeout
        while shell.isRunning {
            guard ContinuousClock.now < deadline else {
                let shellPID = shell.processIdentifier
                let program = (try? await pid()).map(String.init) ?? "?"
                let processes = (try? await TestSupport.run("/bin/ps", ["-o", "pid,ppid,stat,args", "-p", "\(shellPID),\(program)"]))?.stdout ?? ""
                forceStop()
                throw TestFailure("process did not exit within \(timeout):\n\(processes)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// SIGKILL to the program and the shell (cleanup after a failed test).
    func forceStop() {
        if let text = try? String(contentsOf: pidFile, encoding: .utf8), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            kill(pid, SIGKILL)
        }
        if shell.isRunning { kill(shell.processIdentifier, SIGKILL) }
    }
}
