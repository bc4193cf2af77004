import Foundation
import HotlineCore
import HotlineStore

/// The audit entries of commands that open the database file directly (`hotline export`, and the
/// retention run): they pass no daemon and no role check, being run by the file's owner, so the
/// entry names the uid and the role `database_owner`.
enum DirectAccessAudit {
    static func record(_ action: AuditAction, detail: String, databasePath: String) {
        let uid = getuid()
        let entry = AuditEntry(
            at: Date(), action: action, uid: uid, user: NSUserName().isEmpty ? nil : NSUserName(), roles: "database_owner",
            detail: detail, requestID: nil)
        do {
            if try !AuditFile.append([entry], toDatabaseAt: databasePath) {
                CLIOutput.error("warning: the database has no audit trail yet (start the daemon once to bring its schema up to date)")
            }
        } catch {
            CLIOutput.error("warning: the \(action.rawValue) could not be written to the audit trail: \(error)")
        }
    }
}
