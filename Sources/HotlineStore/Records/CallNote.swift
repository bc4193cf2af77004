import Foundation
import GRDB
import HotlineCore

/// A note on a call, append-only. Its text is sensitive: stored and answered, never logged.
public struct CallNote: Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "call_notes"

    public enum Columns {
        public static let id = Column("id")
        public static let callID = Column("call_id")
        public static let at = Column("at")
        public static let text = Column("text")
        public static let language = Column("language")
        public static let addsFacts = Column("adds_facts")
        public static let peerUID = Column("peer_uid")
        public static let peerUser = Column("peer_user")
    }

    public var id: Int64?
    public var callID: Int64
    public var at: Date
    public var note: NewNote
    public var peerUID: Int64?
    public var peerUser: String?

    public init(row: Row) throws {
        id = row[Columns.id]
        callID = row[Columns.callID]
        let atText: String = row[Columns.at]
        at = RFC3339.parse(atText) ?? Date(timeIntervalSince1970: 0)
        note = NewNote(text: row[Columns.text], language: (row[Columns.language] as String?).flatMap(NarrativeLanguage.init(rawValue:)),
                       addsFacts: row[Columns.addsFacts])
        peerUID = row[Columns.peerUID]
        peerUser = row[Columns.peerUser]
    }

    init(callID: Int64, at: Date, note: NewNote, peer: PeerIdentity?) {
        self.callID = callID
        self.at = at
        self.note = note
        peerUID = peer.map { Int64($0.uid) }
        peerUser = peer?.user
    }

    public func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.callID] = callID
        container[Columns.at] = RFC3339.format(at)
        container[Columns.text] = note.text
        container[Columns.language] = note.language?.rawValue
        container[Columns.addsFacts] = note.addsFacts
        container[Columns.peerUID] = peerUID
        container[Columns.peerUser] = peerUser
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "id": .integer(Int(id ?? 0)), "call_id": .integer(Int(callID)), "at": .string(RFC3339.format(at)),
            "text": .string(note.text), "adds_facts": .bool(note.addsFacts),
        ]
        object["language"] = note.language.map { .string($0.rawValue) }
        if let peerUID {
            var by: [String: JSONValue] = ["uid": .integer(Int(peerUID))]
            by["user"] = peerUser.map(JSONValue.string)
            object["by"] = .object(by)
        }
        return .object(object)
    }
}
