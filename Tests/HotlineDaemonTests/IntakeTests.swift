import Foundation
import HotlineClient
import Testing

@Suite("Intake")
struct IntakeTests {
    @Test("201 returns the stored record with id, received_at, status new, the poster's credentials and every field given")
    func created() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let body = #"""
            {"external_id":"ext-1","received_at":"2026-11-28T09:30:00+01:00","channel":"sms","language":"da",
             "caller_role":"professional","narrative":"Socialrådgiver ringer om en kvinde.","checklist":{},
             "subject":{"age":27,"age_group":"adult","gender":"female","nationality":"RO","location":{"municipality":"Aalborg","region":"Nordjylland"}},
             "sector":"cleaning","contact":{"name":"Test Person","phone":"+45 11 22 33 44","email":"t@example.org"},"operator":"AB"}
            """#
        let answer = try client.post("/v1/calls", json: body)
        #expect(answer.status == 201, "\(answer.text)")
        let record = try #require(answer.json)
        #expect(record["id"] as? Int ?? 0 > 0)
        #expect(record["status"] as? String == "new")
        #expect(record["received_at"] as? String == "2026-11-28T08:30:00.000Z")
        #expect(record["narrative"] as? String == "Socialrådgiver ringer om en kvinde.")
        #expect((record["subject"] as? [String: Any])?["nationality"] as? String == "RO")
        #expect((record["contact"] as? [String: Any])?["phone"] as? String == "+45 11 22 33 44")
        #expect(record["operator"] as? String == "AB")
        let peer = try #require(record["posted_by"] as? [String: Any])
        #expect(peer["uid"] as? Int == Int(getuid()))
        #expect(peer["pid"] as? Int == Int(getpid()))
        #expect(answer.headers["location"] == "/v1/calls/\(record["id"]!)")

        let fetched = try client.get("/v1/calls/\(record["id"]!)")
        #expect(fetched.status == 200)
        #expect(NSDictionary(dictionary: fetched.json ?? [:]) == NSDictionary(dictionary: record))
    }

    @Test("a retried POST with the same external_id stores one record and answers 200")
    func retry() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        let first = try client.post("/v1/calls", json: sampleRecord(externalID: "retry-1"))
        let second = try client.post("/v1/calls", json: sampleRecord(externalID: "retry-1"))
        #expect(first.status == 201)
        #expect(second.status == 200)
        #expect(first.json?["id"] as? Int == second.json?["id"] as? Int)
        let list = try client.get("/v1/calls")
        #expect((list.json?["calls"] as? [Any])?.count == 1)
    }

    @Test("50 concurrent clients posting 20 records each store exactly 1,000")
    func concurrentClients() throws {
        let daemon = try DaemonProcess().start()
        let statuses = Collected<Int>()
        let socket = daemon.socketPath
        runOnThreads(50) { client in
            let http = UnixHTTPClient(socketPath: socket)
            for n in 0..<20 {
                let status = (try? http.post("/v1/calls", json: sampleRecord(externalID: "c\(client)-\(n)")).status) ?? -1
                statuses.append(status)
            }
        }
        #expect(statuses.all.count == 1000)
        #expect(statuses.all.allSatisfy { $0 == 201 })
        daemon.stop()
        let check = try runCLI(["db", "check", "--database", daemon.databasePath, "--json"])
        #expect(check.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any]
        #expect(report?["calls"] as? Int == 1000)
    }

    @Test("a client that disconnects mid-body leaves nothing stored")
    func disconnectMidBody() throws {
        let daemon = try DaemonProcess().start()
        let body = Array(sampleRecord(externalID: "half").utf8)
        let connection = try UnixSocketConnection(path: daemon.socketPath)
        let head = "POST /v1/calls HTTP/1.1\r\nHost: hotline\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
        try connection.write(Array(head.utf8) + body.prefix(body.count / 2))
        Thread.sleep(forTimeInterval: 0.2)
        connection.close()
        Thread.sleep(forTimeInterval: 0.5)
        let client = daemon.client()
        #expect(try client.get("/v1/health").status == 200)
        let list = try client.get("/v1/calls")
        #expect((list.json?["calls"] as? [Any])?.count == 0)
    }

    @Test("after SIGKILL and a restart every acknowledged record is there")
    func crashKeepsAcknowledged() throws {
        let daemon = try DaemonProcess().start()
        let acknowledged = Collected<Int>()
        let socket = daemon.socketPath
        let writers = Thread {
            runOnThreads(8) { client in
                let http = UnixHTTPClient(socketPath: socket, timeoutSeconds: 5)
                for n in 0..<10_000 {
                    guard let answer = try? http.post("/v1/calls", json: sampleRecord(externalID: "k\(client)-\(n)")) else { return }
                    if answer.status == 201, let id = answer.json?["id"] as? Int { acknowledged.append(id) }
                }
            }
        }
        writers.start()
        // Let records flow, then kill the daemon in the middle of the stream.
        let deadline = Date().addingTimeInterval(30)
        while acknowledged.all.count < 300 && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        daemon.kill()
        Thread.sleep(forTimeInterval: 0.5)
        let acked = Set(acknowledged.all)
        #expect(acked.count >= 300)

        try daemon.start()  // replaces the stale socket file left by the killed process
        let client = daemon.client()
        var stored = Set<Int>()
        var cursor: String?
        repeat {
            let path = "/v1/calls?limit=500" + (cursor.map { "&cursor=\($0)" } ?? "")
            let page = try #require(try client.get(path).json)
            for call in page["calls"] as? [[String: Any]] ?? [] { stored.insert(call["id"] as? Int ?? -1) }
            cursor = page["next_cursor"] as? String
        } while cursor != nil
        #expect(acked.isSubset(of: stored), "lost: \(acked.subtracting(stored).sorted().prefix(10))")
    }

    @Test("listing pages newest first with a cursor, filtered by time")
    func paging() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        for day in 1...7 {
            let body = #"{"channel":"web","caller_role":"anonymous","external_id":"call \#(day)","narrative":"Call \#(day).","received_at":"2026-11-0\#(day)T12:00:00Z"}"#
            #expect(try client.post("/v1/calls", json: body).status == 201)
        }
        let first = try #require(try client.get("/v1/calls?limit=3").json)
        let firstCalls = first["calls"] as? [[String: Any]] ?? []
        #expect(firstCalls.map { $0["external_id"] as? String } == ["call 7", "call 6", "call 5"])
        let cursor = try #require(first["next_cursor"] as? String)
        let second = try #require(try client.get("/v1/calls?limit=3&cursor=\(cursor)").json)
        #expect((second["calls"] as? [[String: Any]])?.map { $0["external_id"] as? String } == ["call 4", "call 3", "call 2"])
        let window = try #require(try client.get("/v1/calls?since=2026-11-02T00:00:00Z&until=2026-11-04T00:00:00Z").json)
        #expect((window["calls"] as? [[String: Any]])?.map { $0["external_id"] as? String } == ["call 3", "call 2"])
        #expect(window["next_cursor"] is NSNull)
        let none = try #require(try client.get("/v1/calls?status=closed").json)
        #expect((none["calls"] as? [Any])?.isEmpty == true)
    }
}
