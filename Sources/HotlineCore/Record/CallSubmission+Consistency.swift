extension CallSubmission {
    /// A problem that makes a well-formed submission contradict itself (answered with 422), or
    /// `nil`: a stated age and an age group that disagree.
    public var inconsistency: RecordValidationError? {
        if let age = subject?.age, let group = subject?.ageGroup {
            if (age < 18 && group == .adult) || (age >= 18 && group == .child) {
                return RecordValidationError(
                    .invalidField, field: "subject.age_group",
                    "subject.age_group contradicts subject.age (under 18 is a child).")
            }
        }
        return nil
    }
}
