import Foundation
import GRDB

/// Why the database could not take a write: SQLite's result codes and message, never a value of
/// the record (SQLite's messages name tables and columns, not data; the SQL and its arguments,
/// which GRDB's own description can carry, are left out on purpose).
public struct StorageFault: Error, Sendable, Equatable, CustomStringConvertible {
    /// SQLite's primary result code (8 SQLITE_READONLY, 10 SQLITE_IOERR, 13 SQLITE_FULL, …).
    public var code: Int32
    /// SQLite's extended result code (1032 SQLITE_READONLY_DBMOVED, 778 SQLITE_IOERR_WRITE, …).
    public var extendedCode: Int32
    /// SQLite's message for the code (`sqlite3_errmsg`), or the error's type when it is not SQLite's.
    public var message: String
    /// When the write failed.
    public var at: Date

    public init(code: Int32, extendedCode: Int32, message: String, at: Date = Date()) {
        self.code = code
        self.extendedCode = extendedCode
        self.message = message
        self.at = at
    }

    /// The fault behind `error`: SQLite's codes for a `DatabaseError`, code 1 (SQLITE_ERROR) with the
    /// error's type for anything else.
    public init(_ error: any Error, at: Date = Date()) {
        if let fault = error as? StorageFault {
            self = fault
        } else if let error = error as? DatabaseError {
            self.init(
                code: error.resultCode.rawValue, extendedCode: error.extendedResultCode.rawValue,
                message: error.message ?? "SQLite error \(error.extendedResultCode.rawValue)", at: at)
        } else {
            self.init(code: 1, extendedCode: 1, message: "\(type(of: error))", at: at)
        }
    }

    /// Whether the writer's connection must be opened again before the next write can succeed.
    ///
    /// A connection SQLite opened read-only stays read-only after the file's permissions are fixed;
    /// one that lost its file (I/O error, file moved or replaced) keeps failing. A full disk or a
    /// busy lock needs nothing but another attempt.
    public var needsFreshConnection: Bool {
        switch code {
        case ResultCode.SQLITE_READONLY.rawValue, ResultCode.SQLITE_IOERR.rawValue, ResultCode.SQLITE_CANTOPEN.rawValue,
            ResultCode.SQLITE_NOTADB.rawValue, ResultCode.SQLITE_PROTOCOL.rawValue:
            true
        default:
            false
        }
    }

    /// A short name for the kind of fault, for the health answer and log fields.
    public var kind: String {
        switch code {
        case ResultCode.SQLITE_READONLY.rawValue: "read_only"
        case ResultCode.SQLITE_FULL.rawValue: "disk_full"
        case ResultCode.SQLITE_IOERR.rawValue: "io_error"
        case ResultCode.SQLITE_CANTOPEN.rawValue: "cannot_open"
        case ResultCode.SQLITE_CORRUPT.rawValue, ResultCode.SQLITE_NOTADB.rawValue: "damaged"
        case ResultCode.SQLITE_BUSY.rawValue, ResultCode.SQLITE_LOCKED.rawValue: "busy"
        default: "other"
        }
    }

    public var description: String {
        "SQLite error \(code) (extended \(extendedCode), \(kind)): \(message)"
    }
}
