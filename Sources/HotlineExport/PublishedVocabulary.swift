import HotlineCore

/// The closed lists of keys a summary publishes, and the mapping from stored values to them.
///
/// Only these keys ever leave the database: a stored value outside a list (free text, a typo, a
/// value from a newer daemon) is counted under `other` (or `unknown` when absent), never published
/// as it is. Lists keep their order in CSV and HTML; every key is present, with 0 when nothing
/// matched, so files of different days have the same keys.
enum PublishedVocabulary {
    static let channels = CallChannel.allCases.map(\.rawValue)
    static let languages = NarrativeLanguage.allCases.map(\.rawValue) + ["unknown"]
    static let callerRoles = CallerRole.allCases.map(\.rawValue)
    static let bands = ["high", "medium", "low", "none", "other", "untriaged"]
    static let exploitationForms = ["sexual", "labour", "criminality", "other", "unknown"]
    static let flags = ["minor", "unaccompanied_minor", "in_custody", "immediate_danger"]
    static let genders = Gender.allCases.map(\.rawValue)
    static let ageGroups = ["child", "adult", "unknown"]
    static let sectors = Sector.allCases.map(\.rawValue) + ["unknown"]
    static let regions = ["hovedstaden", "sjaelland", "syddanmark", "midtjylland", "nordjylland", "other", "unknown"]

    static let referralTargets = ReferralTarget.allCases.map(\.rawValue)
    static let referralOutcomes = ReferralOutcome.allCases.map(\.rawValue)
    static let closingReasons = ClosingReason.allCases.map(\.rawValue)
    static let deadlineOutcomes = ["within_deadline", "after_deadline", "no_action_yet"]
    static let backlogAges = CaseWorkScan.ageBuckets.map(\.key)

    static func referralTarget(_ raw: String?) -> String { member(raw, of: referralTargets, absent: "other") }
    static func referralOutcome(_ raw: String?) -> String { member(raw, of: referralOutcomes, absent: "pending") }
    static func closingReason(_ raw: String?) -> String { member(raw, of: closingReasons, absent: "other") }

    /// Forms of exploitation the annual statistics name; any other stored form counts as `other`.
    static let namedExploitationForms: Set<String> = ["sexual", "labour", "criminality"]

    static func channel(_ raw: String?) -> String { member(raw, of: channels, absent: "other") }
    static func language(_ raw: String?) -> String { member(raw, of: languages, absent: "unknown") }
    static func callerRole(_ raw: String?) -> String { member(raw, of: callerRoles, absent: "other") }
    static func gender(_ raw: String?) -> String { member(raw, of: genders, absent: "unknown", unlisted: "other") }
    static func sector(_ raw: String?) -> String { member(raw, of: sectors, absent: "unknown", unlisted: "other") }

    /// A triage band; `untriaged` when the call has no triage.
    static func band(_ raw: String?) -> String {
        guard let raw else { return "untriaged" }
        return ["high", "medium", "low", "none"].contains(raw) ? raw : "other"
    }

    /// An age group from the subject's stored `age_group` alone (`nil` when it says nothing).
    static func ageGroup(_ raw: String?) -> String? {
        raw == "child" || raw == "adult" ? raw : nil
    }

    /// One of the five Danish regions, `other` for any other text, `unknown` when absent.
    ///
    /// `subject_region` is free text: it is matched against the regions' Danish and English names
    /// (case, diacritics, punctuation and the words "region", "of", "the" ignored) and never
    /// published as typed.
    static func region(_ raw: String?) -> String {
        guard let raw, !raw.allSatisfy({ $0.isWhitespace }) else { return "unknown" }
        var folded = ""
        for scalar in raw.lowercased().unicodeScalars {
            switch scalar {
            case "æ": folded += "ae"
            case "ø": folded += "oe"
            case "å": folded += "aa"
            case "a"..."z": folded.unicodeScalars.append(scalar)
            default: folded += " "
            }
        }
        let words = folded.split(separator: " ").filter { !["region", "of", "the"].contains($0) }
        return regionNames[words.joined()] ?? "other"
    }

    private static let regionNames: [String: String] = [
        "hovedstaden": "hovedstaden", "capital": "hovedstaden", "capitaldenmark": "hovedstaden",
        "sjaelland": "sjaelland", "zealand": "sjaelland",
        "syddanmark": "syddanmark", "southerndenmark": "syddanmark", "southdenmark": "syddanmark",
        "midtjylland": "midtjylland", "centraldenmark": "midtjylland", "centraljutland": "midtjylland",
        "midjutland": "midtjylland",
        "nordjylland": "nordjylland", "northdenmark": "nordjylland", "northjutland": "nordjylland",
    ]

    /// Whether a catalog-defined name (catalog version, indicator id, dimension) is safe to publish:
    /// 1–64 characters from `A–Z a–z 0–9 . _ : -`. Anything else is counted as `other`.
    static func isPublishableName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "_"),
                    UInt8(ascii: ":"), UInt8(ascii: "-"):
                    true
                default: false
                }
            }
    }

    private static func member(_ raw: String?, of list: [String], absent: String, unlisted: String? = nil) -> String {
        guard let raw else { return absent }
        return list.contains(raw) ? raw : (unlisted ?? absent)
    }
}
