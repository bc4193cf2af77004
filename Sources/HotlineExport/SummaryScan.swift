import Foundation
import GRDB
import GRDBSQLite
import HotlineCore
import HotlineStore

/// Reads the exact figures of a period from the database in four queries:
///
/// 1. one range scan of the period's calls joined to their current triage, which feeds every
///    breakdown at once (aggregated here, per interned value, rather than by one `GROUP BY` — and
///    one full sort — per breakdown);
/// 2. one ordered pass over the triages of the period's call ids, for each call's first triage;
/// 3. one join of the period's current triages to `triage_indicators`;
/// 4. one count of the open high-band backlog (through `calls_by_status`: it grows with the open
///    calls, not with the history).
///
/// With the `v2-export-indexes` migration applied, queries 1 and 2 read covering indexes only.
/// Runs inside the caller's read transaction, so all figures come from one snapshot.
enum SummaryScan {
    ///
    /// - Parameter detail: `false` reads only what the annual report publishes: no indicators, no
    ///   time to triage, no backlog.
    /// - Parameter openHighBand: `false` leaves the open high-band backlog to ``CaseWorkScan``,
    ///   which reads it from the rows of its own backlog.
    static func counts(_ db: Database, start: String, end: String, detail: Bool = true, openHighBand: Bool = true) throws -> SummaryCounts {
        let indexed = try ReadOnlyStore.hasExportIndexes(db)
        var counts = SummaryCounts()
        let currentTriages = try scanCalls(db, start: start, end: end, indexed: indexed, timing: detail, into: &counts)
        guard detail else { return counts }
        try scanIndicators(db, start: start, end: end, currentTriages: currentTriages, into: &counts)
        guard openHighBand else { return counts }
        counts.openHighBandCalls = try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM calls c INDEXED BY calls_by_status JOIN triages t ON t.id = c.triage_id
                WHERE (c.status < 'closed' OR c.status > 'closed') AND t.band = 'high' AND c.received_at < ?
                """,
            arguments: [end]) ?? 0
        return counts
    }

    // Column positions in the calls query.
    private enum Column {
        static let channel: Int32 = 0, callLanguage: Int32 = 1, triageLanguage: Int32 = 2, callerRole: Int32 = 3
        static let sector: Int32 = 4, gender: Int32 = 5, age: Int32 = 6, ageGroup: Int32 = 7, region: Int32 = 8
        static let band: Int32 = 9, presumed: Int32 = 10, exploitation: Int32 = 11, flags: Int32 = 12
        static let catalogVersion: Int32 = 13, receivedAt: Int32 = 14, id: Int32 = 15, triageID: Int32 = 16
    }

    /// - Returns: the current triage ids of the period's calls when `timing` (detail) is on.
    private static func scanCalls(
        _ db: Database, start: String, end: String, indexed: Bool, timing: Bool, into counts: inout SummaryCounts
    ) throws -> [Int64] {
        let triages = indexed ? "triages t INDEXED BY triages_for_export" : "triages t"
        let statement = try db.makeStatement(sql: """
            SELECT c.channel, c.language, t.language, c.caller_role, c.sector, c.subject_gender, c.subject_age,
                c.subject_age_group, c.subject_region, t.band, t.presumed, t.exploitation, t.flags, t.catalog_version,
                c.received_at, c.id, c.triage_id
            FROM calls c LEFT JOIN \(triages) ON t.id = c.triage_id
            WHERE c.received_at >= ? AND c.received_at < ?
            """)
        statement.arguments = [start, end]

        var channel = TextColumnInterner(), callLanguage = TextColumnInterner(), triageLanguage = TextColumnInterner()
        var callerRole = TextColumnInterner(), sector = TextColumnInterner(), gender = TextColumnInterner()
        var ageGroup = TextColumnInterner(), region = TextColumnInterner(), band = TextColumnInterner()
        var exploitation = TextColumnInterner(), flags = TextColumnInterner(), catalogVersion = TextColumnInterner()
        var channelTally = CodeTally(), callLanguageTally = CodeTally(), triageLanguageTally = CodeTally()
        var callerRoleTally = CodeTally(), sectorTally = CodeTally(), genderTally = CodeTally()
        var regionTally = CodeTally(), bandTally = CodeTally(), catalogTally = CodeTally(), flagsTally = CodeTally()
        var concernExploitationTally = CodeTally(), presumedExploitationTally = CodeTally()
        var presumedGenderTally = CodeTally()
        // Per-code facts, filled in as codes appear.
        var ageGroupOfCode: [String?] = [], flagsOfCode: [FlagSet] = [], bandIsHigh: [Bool] = []
        var ageGroupCounts = [0, 0, 0], presumedAgeGroupCounts = [0, 0, 0]  // child, adult, unknown
        var calls = 0, presumedCalls = 0
        // For the time to first triage: each call's id and receipt, in milliseconds.
        var callIDs: [Int64] = [], receivedAt: [Int64] = []
        var currentTriages: [Int64] = []

        let sqlite = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement)
        while try cursor.next() != nil {
            calls += 1
            channelTally.add(channel.code(sqlite, Column.channel))
            let callLanguageCode = callLanguage.code(sqlite, Column.callLanguage)
            if callLanguageCode != 0 {
                callLanguageTally.add(callLanguageCode)
            } else {
                triageLanguageTally.add(triageLanguage.code(sqlite, Column.triageLanguage))
            }
            callerRoleTally.add(callerRole.code(sqlite, Column.callerRole))
            sectorTally.add(sector.code(sqlite, Column.sector))
            let genderCode = gender.code(sqlite, Column.gender)
            genderTally.add(genderCode)
            regionTally.add(region.code(sqlite, Column.region))
            let bandCode = band.code(sqlite, Column.band)
            bandTally.add(bandCode)
            catalogTally.add(catalogVersion.code(sqlite, Column.catalogVersion))
            let flagsCode = flags.code(sqlite, Column.flags)
            flagsTally.add(flagsCode)
            while flagsOfCode.count < flags.values.count {
                flagsOfCode.append(FlagSet(list: flags.values[flagsOfCode.count]))
            }
            while bandIsHigh.count < band.values.count {
                bandIsHigh.append(band.values[bandIsHigh.count] == "high")
            }

            // Age group: exact age, else the stated group, else the triage's minor flags.
            let ageGroupIndex: Int
            if sqlite3_column_type(sqlite, Column.age) != SQLITE_NULL {
                ageGroupIndex = sqlite3_column_int64(sqlite, Column.age) < 18 ? 0 : 1
            } else {
                let code = ageGroup.code(sqlite, Column.ageGroup)
                while ageGroupOfCode.count < ageGroup.values.count {
                    ageGroupOfCode.append(PublishedVocabulary.ageGroup(ageGroup.values[ageGroupOfCode.count]))
                }
                switch ageGroupOfCode[code] {
                case "child": ageGroupIndex = 0
                case "adult": ageGroupIndex = 1
                default: ageGroupIndex = flagsOfCode[flagsCode].impliesChild ? 0 : 2
                }
            }
            ageGroupCounts[ageGroupIndex] += 1

            let presumed = sqlite3_column_int64(sqlite, Column.presumed) != 0
            if presumed || bandIsHigh[bandCode] {
                let exploitationCode = exploitation.code(sqlite, Column.exploitation)
                concernExploitationTally.add(exploitationCode)
                if presumed {
                    presumedCalls += 1
                    presumedExploitationTally.add(exploitationCode)
                    presumedGenderTally.add(genderCode)
                    presumedAgeGroupCounts[ageGroupIndex] += 1
                }
            }
            if timing, bandCode != 0, let received = sqlite3_column_text(sqlite, Column.receivedAt),
                let milliseconds = StoredTimestamp.milliseconds(received, Int(sqlite3_column_bytes(sqlite, Column.receivedAt)))
            {
                callIDs.append(sqlite3_column_int64(sqlite, Column.id))
                receivedAt.append(milliseconds)
                currentTriages.append(sqlite3_column_int64(sqlite, Column.triageID))
            }
        }

        counts.callsReceived = calls
        counts.presumedTrafficking = presumedCalls
        counts.byChannel = channelTally.folded(channel.values, into: PublishedVocabulary.channel)
        counts.byLanguage = callLanguageTally.folded(callLanguage.values, into: PublishedVocabulary.language)
        for (key, count) in triageLanguageTally.folded(triageLanguage.values, into: PublishedVocabulary.language) {
            counts.byLanguage[key, default: 0] += count
        }
        counts.byCallerRole = callerRoleTally.folded(callerRole.values, into: PublishedVocabulary.callerRole)
        counts.bySector = sectorTally.folded(sector.values, into: PublishedVocabulary.sector)
        counts.byGender = genderTally.folded(gender.values, into: PublishedVocabulary.gender)
        counts.byRegion = regionTally.folded(region.values, into: PublishedVocabulary.region)
        counts.byBand = bandTally.folded(band.values, into: PublishedVocabulary.band)
        counts.byCatalogVersion = catalogTally.folded(catalogVersion.values) { version in
            guard let version else { return "untriaged" }
            return PublishedVocabulary.isPublishableName(version) ? version : "other"
        }
        let ageKeys = PublishedVocabulary.ageGroups
        counts.byAgeGroup = Dictionary(uniqueKeysWithValues: zip(ageKeys, ageGroupCounts))
        counts.presumedByAgeGroup = Dictionary(uniqueKeysWithValues: zip(ageKeys, presumedAgeGroupCounts))
        counts.presumedByGender = presumedGenderTally.folded(gender.values, into: PublishedVocabulary.gender)
        counts.withFlag = FlagSet.tally(flagsTally, values: flags.values)
        counts.concernByExploitation = ExploitationForms.tally(concernExploitationTally, values: exploitation.values)
        counts.presumedByExploitation = ExploitationForms.tally(presumedExploitationTally, values: exploitation.values)
        if timing {
            var delays = try firstTriageDelays(db, callIDs: callIDs, receivedAt: receivedAt)
            delays.sort()
            counts.triageDelaysMilliseconds = delays
        }
        return currentTriages
    }

    /// Milliseconds from receipt to first triage of each call given. When the calls' ids are dense
    /// (they are assigned in arrival order, so a period's calls mostly are), one ordered pass over
    /// the triages of the id range finds every first triage; otherwise one lookup per call.
    static func firstTriageDelays(
        _ db: Database, callIDs: [Int64], receivedAt: [Int64], forceLookups: Bool = false
    ) throws -> [Int64] {
        guard let low = callIDs.min(), let high = callIDs.max() else { return [] }
        var delays: [Int64] = []
        delays.reserveCapacity(callIDs.count)
        let span = high - low + 1
        guard span <= Int64(callIDs.count) * 4 + 4096, !forceLookups else {
            let statement = try db.makeStatement(sql: "SELECT assessed_at FROM triages WHERE call_id = ? ORDER BY id LIMIT 1")
            for (id, received) in zip(callIDs, receivedAt) {
                statement.arguments = [id]
                if let text = try String.fetchOne(statement), let assessed = RFC3339.parse(text) {
                    delays.append(Int64((assessed.timeIntervalSince1970 * 1000).rounded()) - received)
                }
            }
            return delays
        }
        var receivedByOffset = [Int64](repeating: .min, count: Int(span))
        for (id, received) in zip(callIDs, receivedAt) {
            receivedByOffset[Int(id - low)] = received
        }
        let statement = try db.makeStatement(
            sql: "SELECT call_id, assessed_at FROM triages WHERE call_id BETWEEN ? AND ? ORDER BY call_id, id")
        statement.arguments = [low, high]
        let sqlite = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement)
        var previous = Int64.min
        while try cursor.next() != nil {
            let callID = sqlite3_column_int64(sqlite, 0)
            guard callID != previous else { continue }  // a re-triage: only the first counts
            previous = callID
            let received = receivedByOffset[Int(callID - low)]
            guard received != .min, let text = sqlite3_column_text(sqlite, 1),
                let assessed = StoredTimestamp.milliseconds(text, Int(sqlite3_column_bytes(sqlite, 1)))
            else { continue }
            delays.append(assessed - received)
        }
        return delays
    }

    /// Indicators of the period's current triages. When their ids are dense (a long period), one
    /// pass over `triage_indicators` in key order, keeping the listed triages; otherwise (a day, whose
    /// re-triages may lie far apart) a join from the period's calls.
    static func scanIndicators(
        _ db: Database, start: String, end: String, currentTriages: [Int64], forceJoin: Bool = false,
        minimumForRangePass: Int = 50_000, into counts: inout SummaryCounts
    ) throws {
        let statement: Statement
        var wanted: [Bool] = []
        var low: Int64 = 0
        if !forceJoin, let first = currentTriages.min(), let last = currentTriages.max(),
            last - first + 1 <= Int64(currentTriages.count) * 4 + 4096, currentTriages.count >= minimumForRangePass
        {
            low = first
            wanted = [Bool](repeating: false, count: Int(last - first + 1))
            for id in currentTriages { wanted[Int(id - first)] = true }
            statement = try db.makeStatement(sql: """
                SELECT triage_id, indicator_id, dimension FROM triage_indicators WHERE triage_id BETWEEN ? AND ?
                """)
            statement.arguments = [first, last]
        } else {
            statement = try db.makeStatement(sql: """
                SELECT c.triage_id, ti.indicator_id, ti.dimension
                FROM calls c JOIN triage_indicators ti ON ti.triage_id = c.triage_id
                WHERE c.received_at >= ? AND c.received_at < ?
                """)
            statement.arguments = [start, end]
        }
        var indicator = TextColumnInterner(), dimension = TextColumnInterner()
        var indicatorTally = CodeTally(), dimensionTally = CodeTally()
        var currentTriage: Int64? = nil
        var dimensionsOfTriage: [Int] = []
        let sqlite = statement.sqliteStatement
        let cursor = try Row.fetchCursor(statement)
        // Rows of one triage come together (the join walks the triage's primary key), so a call's
        // distinct dimensions are those seen since the triage id last changed.
        while try cursor.next() != nil {
            let triage = sqlite3_column_int64(sqlite, 0)
            if !wanted.isEmpty && !wanted[Int(triage - low)] { continue }
            if triage != currentTriage {
                currentTriage = triage
                dimensionsOfTriage.removeAll(keepingCapacity: true)
            }
            indicatorTally.add(indicator.code(sqlite, 1))
            let dimensionCode = dimension.code(sqlite, 2)
            if !dimensionsOfTriage.contains(dimensionCode) {
                dimensionsOfTriage.append(dimensionCode)
                dimensionTally.add(dimensionCode)
            }
        }
        let publishable: (String?) -> String = { name in
            guard let name, PublishedVocabulary.isPublishableName(name) else { return "other" }
            return name
        }
        counts.withIndicator = indicatorTally.folded(indicator.values, into: publishable)
        counts.withIndicatorDimension = dimensionTally.folded(dimension.values, into: publishable)
    }
}
