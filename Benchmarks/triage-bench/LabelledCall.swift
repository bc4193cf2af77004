import Foundation
import HotlineCore

/// The triage input of one labelled call as the evaluation files hold it (one JSON object a line,
/// the record's wire fields), read into the record's vocabularies; an unknown value is left out.
func triageInput(fromLabelledCall object: [String: Any], language: NarrativeLanguage?? = nil) -> TriageInput {
    let subject = object["subject"] as? [String: Any] ?? [:]
    var checklist: [String: ChecklistAnswer] = [:]
    for (key, value) in object["checklist"] as? [String: Any] ?? [:] {
        if let answer = ChecklistAnswer(rawValue: "\(value)".lowercased()) { checklist[key] = answer }
    }
    let stated = (object["language"] as? String).flatMap(NarrativeLanguage.init(rawValue:))
    return TriageInput(
        narrative: object["narrative"] as? String ?? "",
        language: language ?? stated,
        callerRole: (object["caller_role"] as? String).flatMap(CallerRole.init(rawValue:)),
        checklist: checklist,
        subjectAge: subject["age"] as? Int ?? object["subject_age"] as? Int,
        subjectAgeGroup: ((subject["age_group"] ?? object["subject_age_group"]) as? String).flatMap(AgeGroup.init(rawValue:)),
        sector: (object["sector"] as? String).flatMap(Sector.init(rawValue:)))
}
