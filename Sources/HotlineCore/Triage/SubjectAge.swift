/// Decides whether the person the call is about is a minor.
///
/// Order of precedence: the record's `subject_age`, then its `subject_age_group`, then the first age
/// the narrative states for someone who is not a relative ("a 15-year-old daughter" is skipped), then
/// the catalog's minor phrases ("mindreårig", "school pupil") unless an adult phrase is also present.
enum SubjectAge {
    static func isMinor(input: TriageInput, ages: [AgeMention], minorPhrase: Bool, adultPhrase: Bool) -> Bool {
        if let age = input.subjectAge { return age < 18 }
        switch input.subjectAgeGroup {
        case .adult: return false
        case .child: return true
        case .unknown, nil: break
        }
        // A caller who gives their own age while calling about others ("I'm 17 and worked beside
        // them") states no age of the subject.
        let aboutThemself = input.callerRole == nil || input.callerRole == .`self`
        if let first = ages.first(where: { !$0.isRelative && (aboutThemself || !$0.isFirstPerson) }) { return first.age < 18 }
        return minorPhrase && !adultPhrase
    }
}
