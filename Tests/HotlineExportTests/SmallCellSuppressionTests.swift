import Testing
@testable import HotlineExport

@Suite struct SmallCellSuppressionTests {
    let rule = SmallCellSuppression(threshold: 5)

    @Test func smallCountsAreSuppressedZerosAndLargeOnesAreNot() {
        #expect(rule.publish(0) == .exact(0))
        #expect((1...4).allSatisfy { rule.publish($0) == .suppressed })
        #expect(rule.publish(5) == .exact(5))
    }

    @Test func aLoneSmallCellTakesTheNextSmallestWithIt() {
        let published = rule.publish([20, 3, 0, 9, 12], isPartition: true, populationIsPublished: true)
        #expect(published == [.exact(20), .suppressed, .exact(0), .suppressed, .exact(12)])
    }

    @Test func tiesPickTheFirstInPublishedOrder() {
        let published = rule.publish([9, 2, 9], isPartition: true, populationIsPublished: true)
        #expect(published == [.suppressed, .suppressed, .exact(9)])
    }

    @Test func twoSmallCellsNeedNoComplementUnlessBothAreOne() {
        #expect(rule.publish([20, 3, 2], isPartition: true, populationIsPublished: true) == [.exact(20), .suppressed, .suppressed])
        // 1 + 1 = 2 with two hidden non-zero cells: each must be 1, so a third cell goes too.
        #expect(rule.publish([20, 1, 1, 7], isPartition: true, populationIsPublished: true)
            == [.exact(20), .suppressed, .suppressed, .suppressed])
    }

    @Test func noComplementWithoutAPublishedTotalOrForOverlappingCells() {
        #expect(rule.publish([20, 3], isPartition: true, populationIsPublished: false) == [.exact(20), .suppressed])
        #expect(rule.publish([20, 3], isPartition: false, populationIsPublished: true) == [.exact(20), .suppressed])
    }

    @Test func thresholdZeroPublishesEverything() {
        let off = SmallCellSuppression(threshold: 0)
        #expect(off.publish([1, 2, 0, 40], isPartition: true, populationIsPublished: true) == [.exact(1), .exact(2), .exact(0), .exact(40)])
        #expect(off.publish(1) == .exact(1))
    }

    /// Over many random partitions: no small count is ever published, and no suppressed cell can be
    /// recovered by subtracting the published cells from the total.
    @Test func noSuppressedCellIsEverRecoverable() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let counts = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
                Bool.random(using: &generator) ? Int.random(in: 0...6, using: &generator) : Int.random(in: 0...60, using: &generator)
            }
            let total = counts.reduce(0, +)
            let published = rule.publish(counts, isPartition: true, populationIsPublished: !rule.isSmall(total))
            for (count, cell) in zip(counts, published) where rule.isSmall(count) {
                #expect(cell == .suppressed, "\(counts)")
            }
            let hidden = counts.indices.filter { published[$0] == .suppressed }
            if !rule.isSmall(total) && !hidden.isEmpty {
                #expect(hidden.count >= 2, "\(counts) → \(published)")
                #expect(hidden.reduce(0) { $0 + counts[$1] } > hidden.count, "\(counts) → \(published)")
            }
        }
    }
}
