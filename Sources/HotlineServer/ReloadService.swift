import HotlineCore
import HotlineStore
import HotlineTriage
import HotlineSystemd
import Logging
import ServiceLifecycle

/// Builds the triage stage from an indicator catalog file; throws when the catalog is broken.
public typealias CatalogLoader = @Sendable (_ path: String) throws -> any CallTriaging

/// Reads the configuration again (the file plus the command-line overrides); throws when it is broken.
public typealias ConfigurationLoader = @Sendable () throws -> DaemonConfiguration

/// Handles SIGHUP (`systemctl reload hotlined`, `ExecReload=/bin/kill -HUP $MAINPID`).
///
/// `RELOADING=1` (with `MONOTONIC_USEC=`) goes out first, from the signal handler itself
/// (``HangupSignal``), so that on systemd 252 `systemctl reload` waits for the reload to finish; `READY=1` follows when it is done, whatever
/// the outcome. A configuration or catalog that cannot be read is logged with the reason
/// (`configReloadFailed`, `catalogReloadFailed`) and the previous one stays in force.
///
/// What a reload changes: the indicator catalog (re-read from `catalog.path`) and the `intake`
/// settings (the `received_at` window of the next request). Every other setting is read and
/// validated, and a setting that only takes effect at a restart is named in the log entry.
struct ReloadService: Service {
    let signals: HangupSignal
    let notifier: SystemdNotifier
    let configuration: ConfigurationHolder
    let loadConfiguration: ConfigurationLoader?
    let loadCatalog: CatalogLoader?
    let triage: TriageSlot
    let store: CallStore
    let logger: Logger

    func run() async throws {
        for await _ in signals.cancelOnGracefulShutdown() {
            reload()
            notifier.ready(status: await StatusLine.current(store: store) ?? "Serving")
        }
    }

    func reload() {
        var settings = configuration.current
        if let loadConfiguration {
            do {
                let fresh = try loadConfiguration()
                let restartNeeded = Self.settingsNeedingRestart(from: settings, to: fresh)
                var metadata: Logger.Metadata = [:]
                if !restartNeeded.isEmpty { metadata["restart_needed"] = .array(restartNeeded.map { .string($0) }) }
                configuration.replace(with: fresh)
                settings = fresh
                logger.notice(
                    restartNeeded.isEmpty
                        ? "configuration reloaded"
                        : "configuration reloaded; \(restartNeeded.joined(separator: ", ")) take effect at the next restart",
                    metadata: HotlineEvent.configReloaded.metadata(metadata))
            } catch {
                logger.error(
                    "configuration reload failed, previous configuration stays in force: \(error)",
                    metadata: HotlineEvent.configReloadFailed.metadata())
            }
        }
        guard let loadCatalog else {
            logger.notice("no indicator catalog loader in this build; catalog not reloaded")
            return
        }
        let previous = triage.triage?.catalogVersion ?? "none"
        do {
            let stage = try loadCatalog(settings.catalog.path)
            triage.replace(with: stage)
            logger.notice(
                "indicator catalog reloaded",
                metadata: HotlineEvent.catalogReloaded.metadata(["catalog_version": "\(stage.catalogVersion)"]))
        } catch {
            logger.error(
                "indicator catalog reload failed, version \(previous) stays in force: \(error)",
                metadata: HotlineEvent.catalogReloadFailed.metadata(["catalog_version": "\(previous)"]))
        }
    }

    /// Dotted keys whose new value only takes effect when the daemon restarts.
    static func settingsNeedingRestart(from old: DaemonConfiguration, to new: DaemonConfiguration) -> [String] {
        var keys: [String] = []
        if old.socket != new.socket { keys.append("socket") }
        if old.database != new.database { keys.append("database") }
        if old.limits != new.limits { keys.append("limits") }
        if old.logging != new.logging { keys.append("logging") }
        return keys
    }
}
