/// The closed vocabularies of a call record. Each enum's raw values are the wire values.

/// How the call reached the hotline.
public enum CallChannel: String, Codable, Sendable, CaseIterable {
    case phone, email, web, sms
    case inPerson = "in_person"
    case other
}

/// The language of a narrative.
public enum NarrativeLanguage: String, Codable, Sendable, CaseIterable {
    case danish = "da"
    case english = "en"
}

/// Who is calling, relative to the person the call is about.
public enum CallerRole: String, Codable, Sendable, CaseIterable {
    case `self`
    case thirdParty = "third_party"
    case professional, anonymous, other
}

/// The sector in which the person works or is exploited.
public enum Sector: String, Codable, Sendable, CaseIterable {
    case agriculture, construction, cleaning
    case domesticWork = "domestic_work"
    case hospitality, restaurant, transport, manufacturing
    case sexIndustry = "sex_industry"
    case begging, crime, other
}

/// The subject's age group, when the exact age is unknown.
public enum AgeGroup: String, Codable, Sendable, CaseIterable {
    case child, adult, unknown
}

/// The subject's gender, in the categories of the annual statistics.
public enum Gender: String, Codable, Sendable, CaseIterable {
    case female, male, transgender, other, unknown
}

/// An operator's answer to one checklist question.
public enum ChecklistAnswer: String, Codable, Sendable, CaseIterable {
    case yes, no, unknown
}

/// Where a call is in the hotline's workflow (see ``CallLifecycle`` for the moves between them).
public enum CallStatus: String, Codable, Sendable, CaseIterable {
    case new
    case inProgress = "in_progress"
    case referred
    case closed
}

/// Where a call was referred: a closed list, so the statistics can count it.
public enum ReferralTarget: String, Codable, Sendable, CaseIterable {
    case police
    case cmmAssessment = "cmm_assessment"
    case shelter, union, municipality
    case redCross = "red_cross"
    case embassy
    case legalAid = "legal_aid"
    case other
}

/// What became of a referral; `pending` until someone learns more.
public enum ReferralOutcome: String, Codable, Sendable, CaseIterable {
    case pending, accepted, declined
    case noShow = "no_show"
}

/// Why a call was closed: a closed list, so the statistics can count it.
public enum ClosingReason: String, Codable, Sendable, CaseIterable {
    case referredOnward = "referred_onward"
    case noIndicators = "no_indicators"
    case noContactPossible = "no_contact_possible"
    case duplicate
    case callerWithdrew = "caller_withdrew"
    case other
}

/// Why an operator set a call's deadline by hand instead of the policy's: a closed list, so the
/// statistics can count it and no free text about the caller is kept with it.
public enum DueReason: String, Codable, Sendable, CaseIterable {
    /// A call back was agreed with the caller for a time.
    case callbackArranged = "callback_arranged"
    /// Waiting for information from someone else (police, municipality, employer records).
    case awaitingInformation = "awaiting_information"
    /// A meeting or an assessment interview is booked.
    case appointmentBooked = "appointment_booked"
    /// The situation got worse and the call must be handled sooner.
    case escalated
    /// The caller asked for it.
    case callerRequest = "caller_request"
    case other
}

/// Why a call was erased before its time (`POST /v1/calls/{id}/erasure`, `hotline erase`): a closed
/// list, so the history says why the text is gone without keeping any text about it.
public enum ErasureReason: String, Codable, Sendable, CaseIterable {
    /// The person the record is about asked for it to be erased (GDPR art. 17).
    case erasureRequest = "erasure_request"
    /// The caller withdrew the consent the record was kept on.
    case consentWithdrawn = "consent_withdrawn"
    /// The record was entered by mistake (wrong call, test data).
    case enteredInError = "entered_in_error"
    case other
}

/// What a shredding removed: the free text (narrative, notes, operator, municipality, and the
/// contact with it), or the contact details only.
public enum ShredScope: String, Codable, Sendable, CaseIterable {
    case freeText = "free_text"
    case contact
}
