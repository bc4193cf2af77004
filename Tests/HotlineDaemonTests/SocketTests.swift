import Foundation
import HotlineClient
import Testing

@Suite("The socket")
struct SocketTests {
    @Test("the socket file is created with mode 0660")
    func mode() throws {
        let daemon = try DaemonProcess().start()
        let attributes = try FileManager.default.attributesOfItem(atPath: daemon.socketPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o660)
        #expect(attributes[.type] as? FileAttributeType == .typeSocket)
    }

    @Test("the configured group owns the socket")
    func group() throws {
        let daemon = try DaemonProcess()
        guard let entry = getgrgid(getgid()) else { return }
        let groupName = String(cString: entry.pointee.gr_name)
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "socket:\n  group: \(groupName)\n  mode: \"0640\"\n".write(to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        let attributes = try FileManager.default.attributesOfItem(atPath: daemon.socketPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect((attributes[.groupOwnerAccountID] as? Int) == Int(getgid()))
    }

    @Test("a second daemon on the same path refuses to start, and the first keeps serving")
    func secondDaemonRefuses() throws {
        let first = try DaemonProcess().start()
        let second = try DaemonProcess()
        let process = try second.launch(arguments: ["--socket", first.socketPath])
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(second.stderr.contains("already listening on \(first.socketPath)"))
        #expect(try first.client().get("/v1/health").status == 200)
    }

    @Test("a stale socket file left by a dead daemon is replaced; another kind of file is not")
    func staleSocket() throws {
        let daemon = try DaemonProcess().start()
        daemon.kill()
        #expect(FileManager.default.fileExists(atPath: daemon.socketPath))
        try daemon.start()
        #expect(try daemon.client().get("/v1/health").status == 200)
        daemon.stop()

        let blocked = try DaemonProcess()
        try "not a socket".write(toFile: blocked.socketPath, atomically: true, encoding: .utf8)
        let process = try blocked.launch()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(blocked.stderr.contains("is not a socket"))
        #expect((try? String(contentsOfFile: blocked.socketPath, encoding: .utf8)) == "not a socket")
    }

    @Test("SIGTERM finishes cleanly: exit 0 and the socket file removed")
    func cleanStop() throws {
        let daemon = try DaemonProcess().start()
        #expect(try daemon.client().post("/v1/calls", json: sampleRecord()).status == 201)
        #expect(daemon.stop() == 0)
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
    }

    @Test("an idle connection is closed after the configured timeout, and the daemon keeps serving")
    func idleTimeout() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "limits:\n  idle_timeout_seconds: 1\n".write(to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        let connection = try UnixSocketConnection(path: daemon.socketPath, timeoutSeconds: 5)
        try connection.write(Array("POST /v1/calls HTTP/1.1\r\nHost: h\r\n".utf8))
        let started = Date()
        let bytes = try connection.read()
        #expect(bytes.isEmpty || String(decoding: bytes, as: UTF8.self).contains("HTTP/1.1"))
        #expect(Date().timeIntervalSince(started) < 4.5)
        #expect(try daemon.client().get("/v1/health").status == 200)
    }
}

@Suite("Connection limit")
struct ConnectionLimitTests {
    @Test("over the connection limit a client is answered 503 with a JSON error and Retry-After at once, and served once a slot is free")
    func connectionLimit() throws {
        let daemon = try DaemonProcess()
        let config = daemon.directory.appendingPathComponent("hotline.yaml")
        try "limits:\n  max_connections: 2\n".write(to: config, atomically: true, encoding: .utf8)
        try daemon.start(arguments: ["--config", config.path])
        // Two silent connections take both slots. One refused because a start-up probe still held
        // a slot gets its 503 at once: it is opened again until both stay silent.
        var held: [UnixSocketConnection] = []
        for _ in 0..<20 where held.count < 2 {
            let connection = try UnixSocketConnection(path: daemon.socketPath, timeoutSeconds: 0.3)
            if (try? connection.read()) == nil {
                held.append(connection)
            } else {
                connection.close()
            }
        }
        #expect(held.count == 2)
        let started = Date()
        let answer = try UnixHTTPClient(socketPath: daemon.socketPath, timeoutSeconds: 10).get("/v1/health")
        let waited = Date().timeIntervalSince(started)
        #expect(waited < 1, "waited \(waited) s")
        #expect(UnderLoad.SlowClientTests.isBusyRefusal(answer), "\(answer.status) \(answer.headers) \(answer.text)")
        #expect(answer.headers["connection"]?.lowercased() == "close")
        held.forEach { $0.close() }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try daemon.client().get("/v1/health").status == 200)
    }
}
