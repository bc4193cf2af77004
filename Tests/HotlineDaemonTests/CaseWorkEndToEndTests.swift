import Foundation
import Testing

/// One call walked from intake to closing through the operators' binary against the real daemon,
/// then read back from the queue, the history and the exports.
@Suite("A call worked from intake to closing")
struct CaseWorkEndToEndTests {
    @Test("intake, take, a fact note that raises the band, referral, outcome, close; the queue, events and exports show it")
    func walk() throws {
        let daemon = try DaemonProcess().start()
        let socket = ["--socket", daemon.socketPath]
        // Received two days ago, so the day is over and can be exported.
        let day = Date().addingTimeInterval(-2 * 86_400)
        let dayText = String(ISO8601DateFormatter().string(from: day).prefix(10))
        let record: [String: Any] = [
            "received_at": "\(dayText)T12:00:00Z", "channel": "phone", "caller_role": "professional", "language": "en",
            "narrative": "A teacher says a 16-year-old pupil who came from abroad this year is often absent and seems tired.",
            "subject": ["age": 16, "gender": "male"], "sector": "other",
        ]
        let body = String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
        let submitted = try runCLI(["submit", "-"] + socket, input: body)
        #expect(submitted.status == 0, "\(submitted.error)")
        let before = try #require(try daemon.client().get("/v1/calls/1").json?["triage"] as? [String: Any])
        #expect(before["band"] as? String != "high")

        #expect(try runCLI(["take", "1", "--as", "op-3"] + socket).status == 0)
        let note = try runCLI(["note", "1", "-", "--adds-facts", "--language", "en"] + socket,
                              input: "The teacher called back: the owner makes the boy work there every night without pay and took his passport.\n")
        #expect(note.status == 0, "\(note.error)")
        #expect(note.output.contains("-> high"), "\(note.output)")
        #expect(try runCLI(["refer", "1", "--to", "police"] + socket).status == 0)
        #expect(try runCLI(["referral", "1", "1", "--outcome", "accepted"] + socket).status == 0)

        // Open and high now: at the head of the queue, due by the high band's or the minor's deadline.
        let queue = try runCLI(["queue", "--json"] + socket)
        let open = try #require(try JSONSerialization.jsonObject(with: Data(queue.output.utf8)) as? [String: Any])
        let first = try #require((open["calls"] as? [[String: Any]])?.first)
        #expect(first["id"] as? Int == 1 && first["band"] as? String == "high" && first["assigned_to"] as? String == "op-3")

        #expect(try runCLI(["close", "1", "--reason", "referred_onward"] + socket).status == 0)
        let empty = try runCLI(["queue", "--json"] + socket)
        #expect(((try JSONSerialization.jsonObject(with: Data(empty.output.utf8)) as? [String: Any])?["calls"] as? [Any])?.isEmpty == true)

        let history = try runCLI(["history", "1"] + socket)
        for step in ["taken by op-3", "note 1 added", "scored again after note 1", "referred to police", "referral 1: accepted",
                     "in_progress -> closed (referred_onward)"] {
            #expect(history.output.contains(step), "\(step) in \(history.output)")
        }
        #expect(!history.output.contains("passport"), "no note text in the history")

        // The export of that day counts the referral, its outcome, the closing and the first action
        // (exact: the shipped configuration with suppression off).
        let repository = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let shipped = try String(contentsOfFile: "/\(repository)/Config/hotline.yaml", encoding: .utf8)
        let config = daemon.directory.appendingPathComponent("export.yaml").path
        try shipped.replacingOccurrences(of: "small_cell_threshold: 5", with: "small_cell_threshold: 0")
            .replacingOccurrences(of: "path: ./Config/indicators.yaml", with: "path: /\(repository)/Config/indicators.yaml")
            .write(toFile: config, atomically: true, encoding: .utf8)
        let export = try runCLI(["export", "--config", config, "--database", daemon.databasePath, "--from", dayText, "--to", dayText,
                                 "--stdout", "--format", "json"])
        #expect(export.status == 0, "\(export.error)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any])
        #expect(summary["schema_version"] as? Int == 2)
        let figures = try #require(summary["figures"] as? [String: Any])
        #expect(figures["calls_received"] as? Int == 1 && figures["referrals_made"] as? Int == 1 && figures["calls_closed"] as? Int == 1)
        let breakdowns = try #require(summary["breakdowns"] as? [String: Any])
        func cell(_ name: String, _ key: String) -> Int? {
            ((breakdowns[name] as? [String: Any])?["cells"] as? [String: Any])?[key] as? Int
        }
        #expect(cell("referrals_by_target", "police") == 1)
        #expect(cell("referrals_by_outcome", "accepted") == 1)
        #expect(cell("closed_by_reason", "referred_onward") == 1)
        #expect(cell("calls_by_deadline", "after_deadline") == 1, "received two days before it was taken: past every deadline")
        #expect(cell("calls_by_band", "high") == 1, "counted under the band the fact note raised it to")
        #expect(!export.output.contains("passport") && !export.output.contains("teacher"), "no personal data")
        let html = try runCLI(["export", "--config", config, "--database", daemon.databasePath, "--from", dayText, "--to", dayText,
                               "--stdout", "--format", "html"])
        #expect(html.output.contains("<html lang=\"da\">"), "Danish by default")
        #expect(html.output.contains("Henvisninger efter modtager"))
        #expect(daemon.stop() == 0)
    }
}
