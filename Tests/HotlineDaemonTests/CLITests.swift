import Foundation
import HotlineStore
import Testing

/// Runs the `hotline` CLI and captures its output and exit status.
func runCLI(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: DaemonProcess.cli)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
    try inPipe.fileHandleForWriting.close()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let error = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
}

@Suite("hotline CLI")
struct CLITests {
    @Test("submit, show and list against the daemon; exit codes for rejected, missing and unreachable")
    func roundTrip() throws {
        let daemon = try DaemonProcess().start()
        let socket = ["--socket", daemon.socketPath]
        let submitted = try runCLI(["submit", "-"] + socket, input: sampleRecord(externalID: "cli-1"))
        #expect(submitted.status == 0, "\(submitted.error)")
        #expect(submitted.output.hasPrefix("stored call 1"))

        let file = daemon.directory.appendingPathComponent("call.json")
        try sampleRecord(externalID: "cli-1").write(to: file, atomically: true, encoding: .utf8)
        let retried = try runCLI(["submit", file.path, "--json"] + socket)
        #expect(retried.status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(retried.output.utf8)) as? [String: Any])?["id"] as? Int == 1)

        let rejected = try runCLI(["submit"] + socket, input: #"{"channel":"phone","caller_role":"self","narrative":"x","subject":{"age":-1}}"#)
        #expect(rejected.status == 65)
        #expect(rejected.error.contains("subject.age"))

        let shown = try runCLI(["show", "1"] + socket)
        #expect(shown.status == 0)
        #expect(shown.output.contains("passport was taken"))
        #expect(try runCLI(["show", "99"] + socket).status == 66)

        let listed = try runCLI(["list", "--status", "new"] + socket)
        #expect(listed.status == 0)
        #expect(listed.output.contains("1 call"))
        let listedJSON = try runCLI(["list", "--json"] + socket)
        #expect((try JSONSerialization.jsonObject(with: Data(listedJSON.output.utf8)) as? [Any])?.count == 1)

        #expect(try runCLI(["health"] + socket).status == 0)
        #expect(try runCLI(["list", "--since", "last tuesday"] + socket).status == 64)
        daemon.stop()
        let unreachable = try runCLI(["health"] + socket)
        #expect(unreachable.status == 69)
        #expect(unreachable.error.contains("cannot reach the daemon"))
    }

    @Test("db check reports integrity and schema version, and fails on a damaged file")
    func databaseCheck() throws {
        let daemon = try DaemonProcess().start()
        #expect(try daemon.client().post("/v1/calls", json: sampleRecord()).status == 201)
        let check = try runCLI(["db", "check", "--database", daemon.databasePath])
        #expect(check.status == 0, "\(check.error)")
        let version = HotlineSchema.currentVersion
        #expect(check.output.contains("schema version  \(version) of \(version)"))
        daemon.stop()

        let junk = daemon.directory.appendingPathComponent("junk.sqlite")
        try Data(repeating: 0x41, count: 8192).write(to: junk)
        #expect(try runCLI(["db", "check", "--database", junk.path]).status != 0)
        #expect(try runCLI(["db", "check", "--database", daemon.directory.appendingPathComponent("none.sqlite").path]).status == 74)
    }
}
