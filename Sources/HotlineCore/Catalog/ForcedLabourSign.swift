/// The two parts of the ILO 2012 survey rule for forced labour or services: work that is not
/// voluntary, kept up by the menace of a penalty. One sign of each indicates forced labour.
public enum ForcedLabourSign: String, Sendable, Codable, CaseIterable {
    /// Cannot leave or refuse, work or hours never agreed, deceived about the work, made to do sex work or crime.
    case involuntariness
    /// Violence, threats, confinement, documents withheld, debt or wages used as a hold, denunciation.
    case menace
}
