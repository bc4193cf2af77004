/// A note that adds facts to a call (the caller rang back with more): the triage reads it after
/// the narrative. Its text is as sensitive as the narrative.
public struct FactNote: Sendable, Equatable {
    /// The note's id in the store.
    public var id: Int64
    public var text: String

    public init(id: Int64, text: String) {
        self.id = id
        self.text = text
    }
}
