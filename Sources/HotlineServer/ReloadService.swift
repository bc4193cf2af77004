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
/// the outcome.
///
/// A reload is all or nothing: the configuration is read, then the indicator catalog it names is
/// built, and only when both succeed are both put in force. A configuration or catalog that cannot
/// be read (a catalog path that names no file included) is logged with the reason
/// (`configReloadFailed`, `catalogReloadFailed`) and the previous configuration and catalog stay.
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
    /// Peers' user names, looked up again after a reload (a user may have been renamed).
    let directory: PeerDirectory
    let logger: Logger

    func run() async throws {
        for await _ in signals.cancelOnGracefulShutdown() {
            reload()
            notifier.ready(status: await StatusLine.current(store: store) ?? "Serving")
        }
    }

    func reload() {
        directory.forget()
        let previous = configuration.current
        let previousCatalog = triage.triage?.catalogVersion ?? "none"
        var settings = previous
        if let loadConfiguration {
            do {
                settings = try loadConfiguration()
            } catch {
                logger.error(
                    "reload refused, configuration and catalog \(previousCatalog) stay in force: configuration: \(error)",
                    metadata: HotlineEvent.configReloadFailed.metadata())
                return
            }
        }
        guard let loadCatalog else {
            commit(settings, replacing: previous)
            logger.notice("no indicator catalog loader in this build; catalog not reloaded")
            return
        }
        let stage: any CallTriaging
        do {
            stage = try loadCatalog(settings.catalog.path)
        } catch {
            logger.error(
                "reload refused, configuration and catalog \(previousCatalog) stay in force: indicator catalog: \(error)",
                metadata: HotlineEvent.catalogReloadFailed.metadata(["catalog_version": "\(previousCatalog)"]))
            return
        }
        commit(settings, replacing: previous)
        triage.replace(with: stage)
        logger.notice(
            "indicator catalog reloaded",
            metadata: HotlineEvent.catalogReloaded.metadata(["catalog_version": "\(stage.catalogVersion)"]))
    }

    /// Puts a configuration that was read in full in force and says so.
    private func commit(_ fresh: DaemonConfiguration, replacing old: DaemonConfiguration) {
        guard loadConfiguration != nil else { return }
        let restartNeeded = Self.settingsNeedingRestart(from: old, to: fresh)
        var metadata: Logger.Metadata = [:]
        if !restartNeeded.isEmpty { metadata["restart_needed"] = .array(restartNeeded.map { .string($0) }) }
        configuration.replace(with: fresh)
        logger.notice(
            restartNeeded.isEmpty
                ? "configuration reloaded"
                : "configuration reloaded; \(restartNeeded.joined(separator: ", ")) take effect at the next restart",
            metadata: HotlineEvent.configReloaded.metadata(metadata))
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
