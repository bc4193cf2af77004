import Foundation

/// Turns exact ``SummaryCounts`` into a publishable ``ExportSummary``: fixes the keys and their
/// order, applies ``SmallCellSuppression``, and picks the figures of the period's kind.
struct SummaryPublisher {
    let suppression: SmallCellSuppression

    func summary(_ counts: SummaryCounts, period: ExportPeriod, timeZone: TimeZone) -> ExportSummary {
        let bounds = period.storedBounds(in: timeZone)
        let callsReceived = suppression.publish(counts.callsReceived)
        let presumed = suppression.publish(counts.presumedTrafficking)
        var figures = [
            ExportSummary.Figure(name: "calls_received", count: callsReceived),
            ExportSummary.Figure(name: "presumed_trafficking", count: presumed),
        ]
        var breakdowns: [ExportSummary.Breakdown] = []
        func partition(_ name: String, _ population: String, _ populationCount: PublishedCount, _ keys: [String], _ values: [String: Int]) {
            let counts = keys.map { values[$0] ?? 0 }
            let published = suppression.publish(counts, isPartition: true, populationIsPublished: populationCount != .suppressed)
            breakdowns.append(.init(name: name, population: population, isPartition: true, cells: zip(keys, published).map(ExportSummary.Cell.init)))
        }
        func overlapping(_ name: String, _ population: String, _ keys: [String], _ values: [String: Int]) {
            let cells = keys.map { ExportSummary.Cell(key: $0, count: suppression.publish(values[$0] ?? 0)) }
            breakdowns.append(.init(name: name, population: population, isPartition: false, cells: cells))
        }
        let vocabulary = PublishedVocabulary.self

        let months = counts.months, monthCounts = counts.byMonth
        if period.kind == .year {
            overlapping("presumed_by_exploitation", "presumed_trafficking", vocabulary.exploitationForms, counts.presumedByExploitation)
            partition("presumed_by_gender", "presumed_trafficking", presumed, vocabulary.genders, counts.presumedByGender)
            partition("presumed_by_age_group", "presumed_trafficking", presumed, vocabulary.ageGroups, counts.presumedByAgeGroup)
            partition("calls_by_month", "calls_received", callsReceived, months, monthCounts)
            return ExportSummary(
                period: period, timeZone: timeZone.identifier, periodStart: bounds.start, periodEnd: bounds.end,
                smallCellThreshold: suppression.threshold, figures: figures, breakdowns: breakdowns, timeToTriage: nil)
        }

        figures.append(.init(name: "open_high_band_calls", count: suppression.publish(counts.openHighBandCalls)))
        partition("calls_by_channel", "calls_received", callsReceived, vocabulary.channels, counts.byChannel)
        partition("calls_by_language", "calls_received", callsReceived, vocabulary.languages, counts.byLanguage)
        partition("calls_by_caller_role", "calls_received", callsReceived, vocabulary.callerRoles, counts.byCallerRole)
        partition("calls_by_band", "calls_received", callsReceived, vocabulary.bands, counts.byBand)
        overlapping("calls_of_concern_by_exploitation", "calls_of_concern", vocabulary.exploitationForms, counts.concernByExploitation)
        overlapping("presumed_by_exploitation", "presumed_trafficking", vocabulary.exploitationForms, counts.presumedByExploitation)
        overlapping("calls_with_flag", "calls_received", vocabulary.flags, counts.withFlag)
        partition("subjects_by_gender", "calls_received", callsReceived, vocabulary.genders, counts.byGender)
        partition("subjects_by_age_group", "calls_received", callsReceived, vocabulary.ageGroups, counts.byAgeGroup)
        partition("presumed_by_gender", "presumed_trafficking", presumed, vocabulary.genders, counts.presumedByGender)
        partition("presumed_by_age_group", "presumed_trafficking", presumed, vocabulary.ageGroups, counts.presumedByAgeGroup)
        partition("calls_by_sector", "calls_received", callsReceived, vocabulary.sectors, counts.bySector)
        partition("calls_by_region", "calls_received", callsReceived, vocabulary.regions, counts.byRegion)
        overlapping("calls_with_indicator", "triaged_calls", counts.withIndicator.keys.sorted(), counts.withIndicator)
        overlapping(
            "calls_with_indicator_dimension", "triaged_calls", counts.withIndicatorDimension.keys.sorted(),
            counts.withIndicatorDimension)
        // Triaged calls are not published, but calls_received minus calls_by_band.untriaged may give
        // them away: treat their total as known.
        var versions = counts.byCatalogVersion
        versions["untriaged"] = nil
        partition("triaged_by_catalog_version", "triaged_calls", .exact(0), versions.keys.sorted(), versions)
        partition("calls_by_month", "calls_received", callsReceived, months, monthCounts)

        // Case work on the period's calls.
        let referrals = suppression.publish(counts.referralsMade)
        let closed = suppression.publish(counts.callsClosed)
        let open = suppression.publish(counts.openAtPeriodEnd)
        figures.append(.init(name: "referrals_made", count: referrals))
        figures.append(.init(name: "calls_closed", count: closed))
        figures.append(.init(name: "open_at_period_end", count: open))
        partition("referrals_by_target", "referrals_made", referrals, vocabulary.referralTargets, counts.referralsByTarget)
        partition("referrals_by_outcome", "referrals_made", referrals, vocabulary.referralOutcomes, counts.referralsByOutcome)
        partition("closed_by_reason", "calls_closed", closed, vocabulary.closingReasons, counts.closedByReason)
        partition("calls_by_deadline", "calls_received", callsReceived, vocabulary.deadlineOutcomes, counts.byDeadline)
        partition("open_at_period_end_by_band", "open_at_period_end", open, vocabulary.bands, counts.backlogByBand)
        partition("open_at_period_end_by_age", "open_at_period_end", open, vocabulary.backlogAges, counts.backlogByAge)

        var summary = ExportSummary(
            period: period, timeZone: timeZone.identifier, periodStart: bounds.start, periodEnd: bounds.end,
            smallCellThreshold: suppression.threshold, figures: figures, breakdowns: breakdowns,
            timeToTriage: timeToTriage(counts.triageDelaysMilliseconds))
        summary.durations = [
            duration("time_to_first_action", counts.firstActionDelaysMilliseconds),
            duration("time_to_closing", counts.closingDelaysMilliseconds),
        ]
        return summary
    }

    private func duration(_ name: String, _ sorted: [Int64]) -> ExportSummary.Duration {
        let time = timeToTriage(sorted)
        return .init(name: name, medianMilliseconds: time.medianMilliseconds, p90Milliseconds: time.p90Milliseconds)
    }

    /// Nearest-rank median and 90th percentile; withheld below the threshold (a median of two calls
    /// says too much about each).
    private func timeToTriage(_ sorted: [Int64]) -> ExportSummary.TimeToTriage {
        guard !sorted.isEmpty, sorted.count >= suppression.threshold else {
            return .init(medianMilliseconds: nil, p90Milliseconds: nil)
        }
        func percentile(_ p: Double) -> Int64 {
            let rank = Int((p * Double(sorted.count)).rounded(.up))
            return sorted[max(rank, 1) - 1]
        }
        return .init(medianMilliseconds: percentile(0.5), p90Milliseconds: percentile(0.9))
    }
}
