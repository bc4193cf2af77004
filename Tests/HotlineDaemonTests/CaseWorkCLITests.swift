import Foundation
import Testing

@Suite("Case work from the CLI")
struct CaseWorkCLITests {
    @Test("take, close with a reason, reopen and history, through the binary against the real daemon")
    func walk() throws {
        let daemon = try DaemonProcess().start()
        let socket = ["--socket", daemon.socketPath]
        #expect(try runCLI(["submit", "-"] + socket, input: sampleRecord(externalID: "cli-case-1")).status == 0)

        let taken = try runCLI(["take", "1", "--as", "op-7"] + socket)
        #expect(taken.status == 0, "\(taken.error)")
        #expect(taken.output.contains("call 1: in_progress, taken by op-7 (version 2)"), "\(taken.output)")

        let badReason = try runCLI(["close", "1", "--reason", "bored"] + socket)
        #expect(badReason.status == 64, "a reason outside the list is a usage error")

        let closed = try runCLI(["close", "1", "--reason", "no_indicators"] + socket)
        #expect(closed.status == 0, "\(closed.error)")
        #expect(closed.output.contains("call 1: closed"), "\(closed.output)")

        let closedAgain = try runCLI(["close", "1", "--reason", "duplicate"] + socket)
        #expect(closedAgain.status == 65, "closing a closed call is refused (409)")
        #expect(closedAgain.error.contains("invalid_transition"), "\(closedAgain.error)")

        let reopened = try runCLI(["reopen", "1"] + socket)
        #expect(reopened.status == 0, "\(reopened.error)")

        let noted = try runCLI(["note", "1", "-", "--adds-facts", "--language", "da"] + socket, input: "Ringede igen: hun er flyttet.\n")
        #expect(noted.status == 0, "\(noted.error)")
        #expect(noted.output.contains("note 1 added to call 1"))
        #expect(noted.output.contains("scored again: band"), "a fact note has the call scored again")
        let due = try runCLI(["due", "1", "2026-12-05T09:30:00+01:00", "--reason", "callback_arranged"] + socket)
        #expect(due.status == 0, "\(due.error)")
        #expect(due.output.contains("due 2026-12-05T08:30:00.000Z (callback_arranged)"), "\(due.output)")
        #expect(try runCLI(["due", "1", "2026-12-05T09:30:00+01:00"] + socket).status == 64, "a time needs a reason")
        #expect(try runCLI(["due", "1", "--policy"] + socket).output.contains("due by the policy"))
        let referred = try runCLI(["refer", "1", "--to", "cmm_assessment"] + socket)
        #expect(referred.status == 0, "\(referred.error)")
        #expect(referred.output.contains("referral 1 to cmm_assessment, outcome pending"))
        #expect(try runCLI(["refer", "1", "--to", "mars"] + socket).status == 64)
        let outcome = try runCLI(["referral", "1", "1", "--outcome", "accepted"] + socket)
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(try runCLI(["referral", "1", "9", "--outcome", "declined"] + socket).status == 66)

        let history = try runCLI(["history", "1"] + socket)
        #expect(history.status == 0)
        let lines = history.output.split(separator: "\n")
        #expect(lines.count == 10, "\(history.output)")
        #expect(history.output.contains("scored again after note 1"))
        #expect(history.output.contains("due 2026-12-05T08:30:00.000Z (callback_arranged)"))
        #expect(history.output.contains("due by the policy again"))
        #expect(history.output.contains("note 1 added"))
        #expect(history.output.contains("referred to cmm_assessment (referral 1)"))
        #expect(history.output.contains("referral 1: accepted"))
        #expect(!history.output.contains("flyttet"), "no note text in the history")
        #expect(history.output.contains("new -> in_progress"))
        #expect(history.output.contains("taken by op-7"))
        #expect(history.output.contains("in_progress -> closed (no_indicators)"))
        #expect(history.output.contains("closed -> in_progress"))
        #expect(!history.output.contains("passport"), "no text of the call in its history")

        #expect(try runCLI(["history", "99"] + socket).status == 66)
        #expect(try runCLI(["take", "99"] + socket).status == 66)
    }
}
