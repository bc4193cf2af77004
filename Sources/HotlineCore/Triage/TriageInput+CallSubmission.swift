extension TriageInput {
    /// The triage engine's view of a submitted call: its narrative and the structured facts
    /// that bear on the decision (language, caller, checklist, the subject's age, sector).
    public init(_ submission: CallSubmission) {
        self.init(
            narrative: submission.narrative,
            language: submission.language,
            callerRole: submission.callerRole,
            checklist: submission.checklist ?? [:],
            subjectAge: submission.subject?.age,
            subjectAgeGroup: submission.subject?.ageGroup,
            sector: submission.sector
        )
    }
}
