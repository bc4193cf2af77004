/// One of the six ILO/EC dimensions of trafficking (deceptive recruitment ... abuse of vulnerability
/// at destination).
public struct Dimension: Sendable, Equatable {
    /// Stable id, e.g. "deceptive_recruitment".
    public var id: String
    /// "recruitment" or "destination".
    public var phase: String
    public var label: LocalizedText
    /// Indicator ids whose checklist questions the operator is offered while the dimension is unknown.
    public var ask: [String]

    public init(id: String, phase: String, label: LocalizedText, ask: [String]) {
        self.id = id
        self.phase = phase
        self.label = label
        self.ask = ask
    }
}
