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
}
