import Foundation
import HotlineStore
import HotlineSystemd

/// The journal's copy of the audit trail (the daemon logs each stored entry's id and hash), held
/// against the database file's trail.
enum JournalAuditCopy {
    struct Comparison {
        var compared: Int
        var problem: (entryID: Int64, explanation: String)?
    }

    /// Reads every audit entry the journal keeps (`journalctl -o json`) and compares its hash with
    /// the file's entry of the same id.
    static func compare(databaseAt path: String) throws -> Comparison {
        let copy = try journalHashes()
        let stored = try AuditFile.hashes(databaseAt: path)
        let lastStored = stored.keys.max() ?? 0
        var compared = 0
        for (id, hash) in copy.sorted(by: { $0.key < $1.key }) {
            guard let mine = stored[id] else {
                if id > lastStored {
                    return Comparison(compared: compared, problem: (id, "the journal has entry \(id), past the file's last entry \(lastStored): entries were removed from the end"))
                }
                return Comparison(compared: compared, problem: (id, "the journal has entry \(id), which the file does not"))
            }
            if mine != hash {
                return Comparison(compared: compared, problem: (id, "entry \(id) in the file has another hash than the journal logged when it was written"))
            }
            compared += 1
        }
        return Comparison(compared: compared, problem: nil)
    }

    private static func journalHashes() throws -> [Int64: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
        process.arguments = ["--no-pager", "-o", "json", "--output-fields=AUDIT_ENTRIES", "MESSAGE_ID=\(HotlineEvent.auditRecorded.messageID)"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var hashes: [Int64: String] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["AUDIT_ENTRIES"] as? String
            else { continue }
            for entry in AuditJournalText.entries(in: text) {
                guard let id = entry["id"].flatMap({ Int64($0) }), let hash = entry["hash"] else { continue }
                hashes[id] = hash
            }
        }
        return hashes
    }
}
