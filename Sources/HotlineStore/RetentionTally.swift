/// The counts of one retention run: how many calls had their free text shredded, how many their
/// contact details only, and how many were due but skipped because of a legal hold. Counts only:
/// what `hotline retention run` prints and logs.
public struct RetentionTally: Sendable, Equatable {
    public var freeTextShredded = 0
    public var contactShredded = 0
    public var skippedForLegalHold = 0

    public init(freeTextShredded: Int = 0, contactShredded: Int = 0, skippedForLegalHold: Int = 0) {
        self.freeTextShredded = freeTextShredded
        self.contactShredded = contactShredded
        self.skippedForLegalHold = skippedForLegalHold
    }
}
