import HotlineStore

/// The counts `hotline retriage` reports at the end: calls scored, and how their bands moved.
struct RetriageTally: Equatable {
    var scored = 0
    var rose = 0
    var fell = 0
    var unchanged = 0
    /// Calls with no earlier result (or a band this build does not know) to compare with.
    var incomparable = 0
    var transactions = 0

    mutating func add(_ movement: BandMovement) {
        scored += 1
        switch movement {
        case .rose: rose += 1
        case .fell: fell += 1
        case .unchanged: unchanged += 1
        case .incomparable: incomparable += 1
        }
    }

    /// The closing line, e.g. `retriaged 1000 calls under catalog 2026.12-1: 120 rose, 3 fell,
    /// 877 kept their band; 5 transactions of up to 200 calls`.
    func summary(catalogVersion: String, batchSize: Int) -> String {
        var line = "retriaged \(scored) call\(scored == 1 ? "" : "s") under catalog \(catalogVersion): "
            + "\(rose) rose, \(fell) fell, \(unchanged) kept their band"
        if incomparable > 0 { line += ", \(incomparable) had no earlier band" }
        line += "; \(transactions) transaction\(transactions == 1 ? "" : "s") of up to \(batchSize) call\(batchSize == 1 ? "" : "s")"
        return line
    }
}
