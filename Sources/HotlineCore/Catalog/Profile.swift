/// The ILO/EC indicator list that applies: adult or child, labour or sexual exploitation.
public enum Profile: String, Sendable, Codable, CaseIterable {
    case adultLabour = "adult_labour"
    case adultSexual = "adult_sexual"
    case childLabour = "child_labour"
    case childSexual = "child_sexual"

    /// The profile for a person's age class and whether the evidence points to sexual exploitation.
    public init(minor: Bool, sexual: Bool) {
        switch (minor, sexual) {
        case (false, false): self = .adultLabour
        case (false, true): self = .adultSexual
        case (true, false): self = .childLabour
        case (true, true): self = .childSexual
        }
    }
}
