import ArgumentParser
import Foundation
import HotlineCore
import HotlineStore
import HotlineSystemd

/// `hotline audit`: who read, listed, changed or exported what, and whether the trail is intact.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read and verify the audit trail (auditors and admins).",
        subcommands: [AuditListCommand.self, AuditVerifyCommand.self]
    )
}

/// `hotline audit list`: entries of the trail, oldest first.
struct AuditListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List audit entries, oldest first: who did what to which calls, and when.",
        discussion: """
            Examples:
              hotline audit list --call 17                 who read or changed call 17, or listed it
              hotline audit list --user kirsten --since 2026-12-01T00:00:00Z
              hotline audit list --action refused --json
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp("Only entries about this call (reads, changes, listing pages that showed it).", valueName: "id"))
    var call: Int64?

    @Option(help: ArgumentHelp("Only entries of this login name or uid.", valueName: "user"))
    var user: String?

    @Option(help: ArgumentHelp("Only entries at or after this RFC 3339 time.", valueName: "time"))
    var since: String?

    @Option(help: ArgumentHelp("Only entries of this action: \(AuditAction.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "action"))
    var action: String?

    @Option(help: "How many entries at most (1–10000).")
    var limit: Int = 200

    @Flag(name: .long, help: "Print the entries as a JSON array.")
    var json = false

    func validate() throws {
        if let call, call <= 0 { throw ValidationError("--call must be a call id") }
        if let since, RFC3339.parse(since) == nil { throw ValidationError("--since must be an RFC 3339 time such as 2026-12-01T00:00:00Z") }
        if let action, AuditAction(rawValue: action) == nil {
            throw ValidationError("--action must be one of: \(AuditAction.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be from 1 to 10000") }
    }

    func run() throws {
        let client = try connection.client()
        var entries: [[String: Any]] = []
        var after: Int?
        repeat {
            var items = [URLQueryItem(name: "limit", value: "\(min(limit - entries.count, 1000))")]
            if let call { items.append(URLQueryItem(name: "call_id", value: "\(call)")) }
            if let user { items.append(URLQueryItem(name: "user", value: user)) }
            if let since { items.append(URLQueryItem(name: "since", value: since)) }
            if let action { items.append(URLQueryItem(name: "action", value: action)) }
            if let after { items.append(URLQueryItem(name: "after", value: "\(after)")) }
            let path = QueryPath.make("/v1/audit", items)
            let answer = try CLIOutput.exchange(client) { try $0.get(path) }
            guard answer.status == 200, let page = answer.json else { throw CLIOutput.failure(for: answer) }
            entries += page["entries"] as? [[String: Any]] ?? []
            after = page["next_after"] as? Int
        } while after != nil && entries.count < limit

        if json {
            let data = try JSONSerialization.data(withJSONObject: entries, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        var table = TextTable(header: ["ID", "AT", "USER", "ROLES", "ACTION", "OUTCOME", "CALLS", "REQUEST"])
        for entry in entries {
            let who = (entry["user"] as? String) ?? (entry["uid"] as? Int).map { "uid \($0)" } ?? "-"
            let calls: String
            if let id = entry["call_id"] as? Int {
                calls = "\(id)"
            } else if let ids = entry["call_ids"] as? [Int] {
                calls = ids.count <= 6 ? ids.map(String.init).joined(separator: ",") : "\(ids.count) calls"
            } else {
                calls = "-"
            }
            table.rows.append([
                "\(entry["id"] ?? "")", "\(entry["at"] ?? "")", who, "\(entry["roles"] ?? "-")", "\(entry["action"] ?? "")",
                "\(entry["outcome"] ?? "")", calls, "\(entry["request_id"] ?? "-")",
            ])
        }
        print(table.render())
    }
}

/// `hotline audit verify`: checks the hash chain, through the daemon or on the database file.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that no audit entry was changed, removed or reordered; name the first bad one.",
        discussion: """
            Through the daemon (auditors and admins), or with --database on the file itself, read-only
            (for the file's owner, also while the daemon is stopped). Exit code 0: intact; 1: tampered.

            --journal (with --database) also holds the file against the journal's copy of the trail
            (MESSAGE_ID=\(auditMessageID), read with journalctl): an entry whose hash differs, or entries
            the journal has and the file lost at its end, show even when someone rewrote the chain's
            hashes in the file.

            Examples:
              hotline audit verify
              hotline audit verify --database /var/lib/hotline/hotline.sqlite --journal
            """
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp("Check this database file directly instead of asking the daemon.", valueName: "path"))
    var database: String?

    @Flag(name: .long, help: "With --database: also compare each entry's hash with the journal's copy.")
    var journal = false

    @Flag(name: .long, help: "Print the outcome as JSON.")
    var json = false

    static let auditMessageID = HotlineEvent.auditRecorded.messageID

    func validate() throws {
        if journal && database == nil { throw ValidationError("--journal needs --database (the file to hold against the journal)") }
    }

    func run() throws {
        var outcome: [String: Any]
        if let database {
            let verification: AuditVerification
            do {
                verification = try AuditFile.verify(databaseAt: database)
            } catch {
                CLIOutput.error("cannot read \(database): \(error)")
                throw CLIExitCode.ioError
            }
            outcome = (try? JSONSerialization.jsonObject(with: Data(verification.json.serialized()))) as? [String: Any] ?? [:]
            if journal, outcome["intact"] as? Bool == true {
                let comparison = try JournalAuditCopy.compare(databaseAt: database)
                outcome["journal_entries_compared"] = comparison.compared
                if let problem = comparison.problem {
                    outcome["intact"] = false
                    outcome["first_bad_entry"] = problem.entryID
                    outcome["problem"] = "journal_mismatch"
                    outcome["explanation"] = problem.explanation
                }
            }
        } else {
            let client = try connection.client()
            let answer = try CLIOutput.exchange(client) { try $0.get("/v1/audit/verification") }
            guard answer.status == 200, let body = answer.json else { throw CLIOutput.failure(for: answer) }
            outcome = body
        }
        let intact = outcome["intact"] as? Bool ?? false
        if json {
            let data = try JSONSerialization.data(withJSONObject: outcome, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        } else if intact {
            print("audit trail intact: \(outcome["entries_checked"] ?? 0) entries, last hash \(outcome["last_hash"] ?? "-")")
            if let compared = outcome["journal_entries_compared"] { print("the journal's copy agrees: \(compared) entries compared") }
        } else {
            print("audit trail TAMPERED: first bad entry \(outcome["first_bad_entry"] ?? "?") (\(outcome["problem"] ?? "?")): \(outcome["explanation"] ?? "")")
            print("\(outcome["entries_checked"] ?? 0) entries before it are intact")
        }
        if !intact { throw CLIExitCode.checkFailed }
    }
}
