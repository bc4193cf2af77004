import Foundation
import HotlineClient
import Testing

/// The CLI's client sends a request again on a new connection only when none of it was sent on the
/// kept one (issue 9, item 9).
@Suite("Client retries")
struct ClientRetryTests {
    @Test("a POST sent on a kept connection that then breaks is not sent again: the caller sees the failure")
    func noResendOnceSent() throws {
        let first = try DaemonProcess().start()
        let client = first.client()
        #expect(try client.get("/v1/health").status == 200)
        let pid = try #require(first.process?.processIdentifier)
        // The daemon freezes; the POST goes out on the kept connection and waits, unanswered.
        kill(pid, SIGSTOP)
        let outcome = Collected<Result<Int, HotlineClientError>>()
        // Used by that one thread only, while this one waits.
        nonisolated(unsafe) let kept = client
        let sending = Thread {
            do {
                outcome.append(.success(try kept.post("/v1/calls", json: sampleRecord(externalID: "sent-once")).status))
            } catch let error as HotlineClientError {
                outcome.append(.failure(error))
            } catch {
                outcome.append(.failure(.malformedResponse("\(error)")))
            }
        }
        sending.start()
        Thread.sleep(forTimeInterval: 0.5)
        // Another daemon takes the socket path over, then the frozen one dies with the request unanswered:
        // a client that re-sends now would reach the new daemon and store the call a second time.
        // (Same folder, so same socket path and database; the frozen daemon holds no lock while idle.)
        unlink(first.socketPath)
        let second = try DaemonProcess(directory: first.directory)
        try second.start()
        first.kill()
        let deadline = Date().addingTimeInterval(20)
        while outcome.all.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }

        let result = try #require(outcome.all.first, "the client did not return")
        switch result {
        case .success(let status):
            Issue.record("the POST was sent again on a new connection and answered \(status)")
        case .failure(let error):
            #expect(error == .connectionLost(reason: "closed by the daemon") || "\(error)".contains("connection"), "\(error)")
        }
        #expect(try second.client().get("/v1/health").status == 200)
        #expect(try PythonSQLite.rows(second.databasePath, "SELECT count(*) FROM calls") == [["0"]])
    }

    @Test("a kept connection the daemon closed while idle is replaced, and the POST is sent once")
    func resendWhenNothingSent() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "limits:\n  idle_timeout_seconds: 1\n".write(to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        let client = daemon.client()
        #expect(try client.get("/v1/health").status == 200)
        Thread.sleep(forTimeInterval: 2.5)
        let answer = try client.post("/v1/calls", json: sampleRecord(externalID: "after-idle"))
        #expect(answer.status == 201, "\(answer.text)")
        #expect(try PythonSQLite.rows(daemon.databasePath, "SELECT count(*) FROM calls") == [["1"]])
    }
}
