/// The three elements of trafficking in straffeloven § 262 a and the Palermo Protocol, read as a
/// hotline screens a call: what was done (act), how (means) and what for (purpose).
public enum TriageElement: String, Sendable, Codable, CaseIterable, Comparable {
    /// Recruitment, transport, transfer, harbouring or receipt.
    case act
    /// Coercion, deception or abuse of vulnerability.
    case means
    /// Exploitation: sexual, labour or services, criminality.
    case purpose

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
