/// The published flags present in a stored comma-separated flag list (`triages.flags`).
struct FlagSet: Equatable {
    /// One bit per entry of ``PublishedVocabulary/flags``.
    let bits: Int

    init(list: String?) {
        var bits = 0
        for flag in (list ?? "").split(separator: ",") {
            if let index = PublishedVocabulary.flags.firstIndex(of: String(flag)) {
                bits |= 1 << index
            }
        }
        self.bits = bits
    }

    /// Whether the triage says the subject is a child (`minor` or `unaccompanied_minor`).
    var impliesChild: Bool {
        bits & 0b11 != 0
    }

    /// Calls per published flag, from counts per stored flag list.
    static func tally(_ tally: CodeTally, values: [String?]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (code, count) in tally.counts.enumerated() where count > 0 {
            let set = FlagSet(list: values[code])
            for (index, flag) in PublishedVocabulary.flags.enumerated() where set.bits & (1 << index) != 0 {
                result[flag, default: 0] += count
            }
        }
        return result
    }
}

/// The forms of exploitation of a stored comma-separated list (`triages.exploitation`).
enum ExploitationForms {
    /// Calls per published form, from counts per stored list: each named form the list holds;
    /// `other` once for any other forms; `unknown` when the list is empty.
    static func tally(_ tally: CodeTally, values: [String?]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (code, count) in tally.counts.enumerated() where count > 0 {
            let forms = Set((values[code] ?? "").split(separator: ",").map(String.init))
            if forms.isEmpty {
                result["unknown", default: 0] += count
                continue
            }
            for form in forms.intersection(PublishedVocabulary.namedExploitationForms) {
                result[form, default: 0] += count
            }
            if !forms.subtracting(PublishedVocabulary.namedExploitationForms).isEmpty {
                result["other", default: 0] += count
            }
        }
        return result
    }
}
