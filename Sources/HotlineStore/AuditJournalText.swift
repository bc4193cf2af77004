/// The journal's copy of a batch of audit entries: one journald entry per commit, its field
/// `AUDIT_ENTRIES` holding every entry of the batch as `id=… action=… outcome=… roles=… uid=… call=…
/// calls=…+… request=… hash=…`, entries separated by `; `. Ids and codes only (no user name, no
/// detail). One log call per batch, not per entry: under load a commit holds a hundred entries, and
/// logging each on its own cost the intake a sixth of its rate.
public enum AuditJournalText {
    /// The field's text for `entries`.
    public static func text(of entries: [StoredAuditEntry]) -> String {
        entries.map { entry in
            var parts = ["id=\(entry.id)", "action=\(entry.action)", "outcome=\(entry.outcome)", "roles=\(entry.roles)"]
            if let uid = entry.peerUID { parts.append("uid=\(uid)") }
            if let callID = entry.callID { parts.append("call=\(callID)") }
            if entry.callIDs != nil { parts.append("calls=\(entry.listedCallIDs.map(String.init).joined(separator: "+"))") }
            if let requestID = entry.requestID { parts.append("request=\(requestID)") }
            parts.append("hash=\(entry.hash)")
            return parts.joined(separator: " ")
        }.joined(separator: "; ")
    }

    /// Each entry of a field's text as its named values (`id`, `action`, `hash`, …).
    public static func entries(in text: String) -> [[String: String]] {
        text.split(separator: ";").map { entry in
            var values: [String: String] = [:]
            for part in entry.split(separator: " ") {
                let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard pair.count == 2 else { continue }
                values[String(pair[0])] = String(pair[1])
            }
            return values
        }
    }
}
