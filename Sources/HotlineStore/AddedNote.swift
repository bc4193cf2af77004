import HotlineCore

/// A note stored on a call, and the call's new triage when the note added facts.
public struct AddedNote: Sendable, Equatable {
    public var note: CallNote
    /// The call scored again over its narrative and fact notes; nil when the note added no facts
    /// or no triage was in force.
    public var retriaged: RetriagedCall?

    public init(note: CallNote, retriaged: RetriagedCall?) {
        self.note = note
        self.retriaged = retriaged
    }

    /// The answer to `POST /v1/calls/{id}/notes`: the note, and the new band beside the old one
    /// when the call was scored again.
    public var json: JSONValue {
        guard case .object(var members) = note.json, let retriaged else { return note.json }
        members["triage"] = .object([
            "band": .string(retriaged.triage.band), "previous_band": retriaged.previousBand.map(JSONValue.string) ?? .null,
            "score": .integer(retriaged.triage.score), "flags": .array(retriaged.triage.flags.map(JSONValue.string)),
        ])
        return .object(members)
    }
}
