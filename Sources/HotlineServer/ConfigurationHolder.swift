import HotlineCore
import Synchronization

/// The configuration in force, replaced as a whole by a successful reload.
final class ConfigurationHolder: Sendable {
    private let storage: Mutex<DaemonConfiguration>

    init(_ configuration: DaemonConfiguration) {
        storage = Mutex(configuration)
    }

    var current: DaemonConfiguration { storage.withLock { $0 } }

    func replace(with configuration: DaemonConfiguration) {
        storage.withLock { $0 = configuration }
    }
}
