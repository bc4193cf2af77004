import Testing

/// The suites that put the daemon under load (slowloris floods, bursts of abandoned requests):
/// nested here so they run one at a time, neither disturbing each other's "served within a second"
/// promises nor starving the rest of the test run on a small machine.
@Suite("Under load", .serialized)
enum UnderLoad {}
