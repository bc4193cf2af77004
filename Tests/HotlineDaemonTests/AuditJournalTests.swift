import Foundation
import HotlineStore
import Testing

/// The journal's copy of the audit trail, under a private, real journald: the daemon logs every
/// stored entry with its id and hash, and `hotline audit verify --journal` catches a file whose
/// trail was cut at its end with the id counter set back, which the chain alone cannot see.
@Suite("Audit trail in the journal")
struct AuditJournalTests {
    @Test("entries reach the journal with ids and hashes only; a trail cut at its end passes the file's check and fails the journal's")
    func journalCopyCatchesACutTrail() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hl-auditj-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let marker = "Marker\(UUID().uuidString.prefix(6))"
        let script = """
            set -u
            D=$1; HLD=$2; HL=$3
            printf 'logging:\\n  destination: journal\\n' > "$D/c.yaml"
            "$HLD" --config "$D/c.yaml" --socket "$D/s" --database "$D/db.sqlite" & pid=$!
            for i in $(seq 200); do curl -sf --unix-socket "$D/s" http://h/v1/health >/dev/null && break; sleep 0.05; done
            curl -s --unix-socket "$D/s" -H 'Content-Type: application/json' \\
              -d '{"channel":"phone","caller_role":"self","narrative":"\(marker): the boss holds my passport."}' http://h/v1/calls >/dev/null
            curl -s --unix-socket "$D/s" http://h/v1/calls/1 >/dev/null
            curl -s --unix-socket "$D/s" http://h/v1/calls >/dev/null
            kill -TERM $pid; wait $pid
            "$HL" audit verify --database "$D/db.sqlite" --journal; echo "whole=$?"
            python3 -c 'import sqlite3,sys
            db=sqlite3.connect(sys.argv[1])
            db.execute("DELETE FROM audit_trail WHERE id=(SELECT max(id) FROM audit_trail)")
            db.execute("UPDATE sqlite_sequence SET seq=seq-1 WHERE name=\\"audit_trail\\"")
            db.commit()' "$D/db.sqlite"
            "$HL" audit verify --database "$D/db.sqlite"; echo "file=$?"
            "$HL" audit verify --database "$D/db.sqlite" --journal; echo "journal=$?"
            """
        let run = try PrivateJournal.run("/bin/bash", ["-c", script, "audit-journal", folder.path, DaemonProcess.executable, DaemonProcess.cli])
        #expect(run.stdout.contains("the journal's copy agrees: 3 entries compared") && run.stdout.contains("whole=0"), "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("audit trail intact: 2 entries") && run.stdout.contains("file=0"),
                "cut at the end with the counter set back, the file alone looks whole: \(run.stdout)")
        #expect(run.stdout.contains("TAMPERED: first bad entry 3") && run.stdout.contains("journal=1"), "\(run.stdout)")

        let batches = run.entries.filter { $0["MESSAGE_ID"] == "5c1659f2cee7470492b9d28d65eabea7" }
        let entries = batches.flatMap { AuditJournalText.entries(in: $0["AUDIT_ENTRIES"] ?? "") }
        #expect(entries.map { $0["action"] ?? "" } == ["submit_call", "read_call", "list_calls"])
        #expect(entries.map { $0["id"] ?? "" } == ["1", "2", "3"])
        #expect(entries.allSatisfy { ($0["hash"] ?? "").count == 64 && $0["uid"] == "0" && $0["request"] != nil && $0["roles"] == "admin" })
        #expect(entries.last?["calls"] == "1")
        #expect(batches.allSatisfy { $0["AUDIT_LAST_HASH"]?.count == 64 && $0["AUDIT_FIRST_ID"] != nil })
        #expect(!run.raw.contains(marker), "record text reached the journal")
    }
}
