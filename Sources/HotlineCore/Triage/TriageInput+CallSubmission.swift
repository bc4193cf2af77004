extension TriageInput {
    /// The triage engine's view of a submitted call: its narrative and the structured facts
    /// that bear on the decision (language, caller, checklist, the subject's age, sector).
    public init(_ submission: CallSubmission) {
        self.init(
            narrative: submission.narrative,
            language: submission.language?.rawValue,
            callerRole: submission.callerRole.rawValue,
            checklist: (submission.checklist ?? [:]).mapValues(\.rawValue),
            subjectAge: submission.subject?.age,
            subjectAgeGroup: submission.subject?.ageGroup?.rawValue,
            sector: submission.sector?.rawValue
        )
    }
}
