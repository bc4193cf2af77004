import Foundation

/// When an open call is due: minutes after it was received, by the most urgent thing its triage
/// found. The centre's policy, in `hotline.yaml` (`deadlines:`); the first that applies wins, in the
/// order of ``urgency(flags:band:)``: immediate danger, in custody, unaccompanied minor, then the band.
public struct DeadlinePolicy: Sendable, Equatable {
    public var immediateDangerMinutes: Int
    /// The assessment must happen while the person is held.
    public var inCustodyMinutes: Int
    public var unaccompaniedMinorMinutes: Int
    public var highMinutes: Int
    public var mediumMinutes: Int
    public var lowMinutes: Int
    /// A call with no indicator (band none).
    public var noneMinutes: Int
    /// How often the daemon looks for calls that have become overdue, in seconds.
    public var overdueCheckSeconds: Int = 60

    /// The defaults: 15 minutes, 2 hours, 4 hours, 24 hours, 3 days, 7 days, 30 days.
    public static let standard = DeadlinePolicy(
        immediateDangerMinutes: 15, inCustodyMinutes: 120, unaccompaniedMinorMinutes: 240, highMinutes: 24 * 60,
        mediumMinutes: 3 * 24 * 60, lowMinutes: 7 * 24 * 60, noneMinutes: 30 * 24 * 60)

    /// Minutes from receipt to due for a call with these flags and band (nil: not yet triaged, the
    /// band is taken as high until it is).
    public func minutes(flags: [String], band: String?) -> Int {
        if flags.contains("immediate_danger") { return immediateDangerMinutes }
        if flags.contains("in_custody") { return inCustodyMinutes }
        if flags.contains("unaccompanied_minor") { return unaccompaniedMinorMinutes }
        switch band {
        case "medium": return mediumMinutes
        case "low": return lowMinutes
        case "none": return noneMinutes
        default: return highMinutes
        }
    }

    /// The due time of a call received at `receivedAt`.
    public func due(receivedAt: Date, flags: [String], band: String?) -> Date {
        receivedAt.addingTimeInterval(TimeInterval(minutes(flags: flags, band: band) * 60))
    }

    /// The urgency of a high-band call: this and anything more urgent is logged at warning when late.
    public static let highUrgency = 3

    /// How urgent a call is for the worklist: 0 is the most urgent.
    public static func urgency(flags: [String], band: String?) -> Int {
        if flags.contains("immediate_danger") { return 0 }
        if flags.contains("in_custody") { return 1 }
        if flags.contains("unaccompanied_minor") || flags.contains("minor") { return 2 }
        switch band {
        case "high", nil: return highUrgency
        case "medium": return 4
        case "low": return 5
        default: return 6
        }
    }
}
