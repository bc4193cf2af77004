import Foundation
import Testing

@Suite("Start-up configuration")
struct ConfigurationStartupTests {
    @Test("an invalid config stops the daemon at start with the file, the key and what is wrong")
    func invalidConfig() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("bad.yaml")
        try "limits:\n  max_body_bytes: lots\n".write(to: config, atomically: true, encoding: .utf8)
        let process = try daemon.launch(arguments: ["--config", config.path])
        process.waitUntilExit()
        #expect(process.terminationStatus == 78)
        #expect(daemon.stderr.contains("\(config.path):2: limits.max_body_bytes: expected a whole number"), "\(daemon.stderr)")
    }

    @Test("a misspelt key is refused, naming it")
    func unknownKey() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("bad.yaml")
        try "socket:\n  pth: /tmp/x.sock\n".write(to: config, atomically: true, encoding: .utf8)
        let process = try daemon.launch(arguments: ["--config", config.path])
        process.waitUntilExit()
        #expect(process.terminationStatus == 78)
        #expect(daemon.stderr.contains("socket.pth: unknown key"), "\(daemon.stderr)")
    }

    @Test("a body limit from the config is enforced")
    func bodyLimit() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "limits:\n  max_body_bytes: 2048\n".write(to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        let answer = try daemon.client().post("/v1/calls", json: sampleRecord(narrative: String(repeating: "z", count: 3000)))
        #expect(answer.status == 413)
        #expect(try daemon.client().post("/v1/calls", json: sampleRecord()).status == 201)
    }
}
