import Foundation
import HotlineClient
import Testing

/// A deterministic generator, so a failing input can be reproduced from the seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Hostile input")
struct HostileInputTests {
    @Test("mangled bodies never produce a 5xx, and the daemon keeps serving", arguments: [UInt64(1), 2, 3])
    func mangledBodies(seed: UInt64) throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        var random = SplitMix64(state: seed)
        let valid = Array(sampleRecord(externalID: "fuzz").utf8)
        let fragments: [[UInt8]] = [
            Array("null".utf8), Array("[]".utf8), Array("{}".utf8), Array("1e999".utf8), Array("-0".utf8),
            Array("\"\\ud800\"".utf8), [0xFF, 0xFE], [0x00], Array("{\"a\":".utf8), Array(String(repeating: "[", count: 5000).utf8),
            Array("\"subject\":{\"age\":1e3}".utf8), Array("\"checklist\":{\"\":\"yes\"}".utf8),
        ]
        var statuses: [Int: Int] = [:]
        for round in 0..<150 {
            var body = valid
            switch random.next() % 5 {
            case 0:  // flip bytes
                for _ in 0..<(1 + Int(random.next() % 4)) where !body.isEmpty {
                    body[Int(random.next() % UInt64(body.count))] = UInt8(truncatingIfNeeded: random.next())
                }
            case 1:  // truncate
                body = Array(body.prefix(Int(random.next() % UInt64(body.count))))
            case 2:  // splice in a hostile fragment
                let at = Int(random.next() % UInt64(body.count))
                body.insert(contentsOf: fragments[Int(random.next() % UInt64(fragments.count))], at: at)
            case 3:  // a hostile fragment alone
                body = fragments[Int(random.next() % UInt64(fragments.count))]
            default:  // duplicate a slice
                let start = Int(random.next() % UInt64(body.count))
                body.insert(contentsOf: body[start..<min(body.count, start + 40)], at: start)
            }
            let answer = try client.send("POST", "/v1/calls", body: body)
            statuses[answer.status, default: 0] += 1
            #expect(answer.status < 500, "seed \(seed) round \(round): \(answer.status) \(answer.text)")
            #expect(answer.status == 201 || answer.status == 200 || answer.json?["error"] != nil, "seed \(seed) round \(round)")
        }
        #expect(try client.get("/v1/health").status == 200)
        #expect(statuses.keys.contains(400))
    }

    @Test("an empty or parameter-only Content-Type gets a 415 and the daemon keeps serving")
    func emptyContentType() throws {
        let daemon = try DaemonProcess().start()
        let client = daemon.client()
        for contentType in ["", ";", " ; ", ";charset=utf-8", ";;;"] {
            let answer = try client.send("POST", "/v1/calls", body: Array(sampleRecord().utf8), contentType: contentType)
            #expect(answer.status == 415, "Content-Type '\(contentType)': \(answer.status)")
            #expect(answer.json?["error"] != nil, "Content-Type '\(contentType)'")
        }
        #expect(try client.get("/v1/health").status == 200)
        let stored = try client.send("POST", "/v1/calls", body: Array(sampleRecord().utf8), contentType: "application/json; charset=utf-8")
        #expect(stored.status == 201)
    }
}
