/// The best evidence found for one indicator in one assessment.
struct IndicatorEvidence {
    var indicator: Int
    var grade: Grade
    var source: EvidenceSource
    var attribution: Attribution
    var start: Int
    var end: Int
    var utf8Start: Int
    var utf8End: Int

    /// True when `self` should replace `other` as the indicator's reported evidence:
    /// a higher grade wins, then narrative over checklist, then the earlier span.
    func isBetter(than other: IndicatorEvidence) -> Bool {
        if grade != other.grade { return grade > other.grade }
        if source != other.source { return source == .narrative }
        return start < other.start
    }
}
