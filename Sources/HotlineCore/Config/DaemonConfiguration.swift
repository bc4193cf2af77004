import Foundation

/// Everything the daemon and the CLI read from `hotline.yaml`.
///
/// `Config/hotline.yaml` documents every key; ``DefaultConfiguration/yaml`` holds the same text,
/// so the daemon runs with no file at all (socket and database under `./var/`).
/// Relative paths are taken from the working directory.
public struct DaemonConfiguration: Sendable, Equatable {
    public var socket: Socket
    public var database: Database
    public var catalog: Catalog
    public var limits: Limits
    public var intake: Intake
    public var logging: Logging
    public var export: Export
    /// How long after it was received an open call is due, by what its triage found.
    public var deadlines: DeadlinePolicy = .standard
    /// Which groups' members have which roles.
    public var access = AccessPolicy()
    /// How long free text and contact details are kept after a call is closed (`hotline retention run`).
    public var retention: RetentionPolicy = .standard

    /// Where and how the daemon listens.
    public struct Socket: Sendable, Equatable {
        /// Path of the Unix socket file.
        public var path: String
        /// File mode of the socket, e.g. `0o660`.
        public var mode: UInt32
        /// Group that owns the socket file: the operators' group. `nil` keeps the daemon's own group.
        public var group: String?
    }

    /// The SQLite database.
    public struct Database: Sendable, Equatable {
        public var path: String
        /// The most records one shared transaction commits (group commit).
        public var maxBatchSize: Int
    }

    /// The indicator catalog.
    public struct Catalog: Sendable, Equatable {
        public var path: String
    }

    /// Limits that protect the daemon from clients.
    public struct Limits: Sendable, Equatable {
        /// Largest request body accepted, in bytes; larger gets 413.
        public var maxBodyBytes: Int
        /// A connection idle this long is closed.
        public var idleTimeoutSeconds: Int
        /// A request head must arrive whole within this many seconds of its first byte (of the
        /// connection's opening, for its first request); a slower client gets 408 and is dropped.
        public var headerTimeoutSeconds: Int
        /// A request body must arrive whole within this many seconds of its head; a slower client
        /// gets 408 and is dropped.
        public var bodyTimeoutSeconds: Int
        /// Connections served at once; a client beyond them is answered 503 with `Retry-After`.
        public var maxConnections: Int
    }

    /// What the daemon accepts from a client's record beyond its schema.
    public struct Intake: Sendable, Equatable {
        /// A `received_at` before this is refused: the hotline took no calls earlier.
        public var serviceEpoch: Date
        /// A `received_at` more than this many seconds ahead of the daemon's clock is refused.
        public var maxFutureSeconds: Int

        /// The window a client's `received_at` must lie in.
        public var receivedAtWindow: ReceivedAtWindow {
            ReceivedAtWindow(serviceEpoch: serviceEpoch, maximumLeadSeconds: maxFutureSeconds)
        }
    }

    /// Where log entries go.
    public struct Logging: Sendable, Equatable {
        /// `auto` (journald when the process runs under it, else stderr), `journal` or `stderr`.
        public var destination: String
    }

    /// The nightly summary exports.
    public struct Export: Sendable, Equatable {
        public var directory: String
        /// The time zone whose calendar days the exports cover.
        public var timeZone: String
        /// Counts from 1 to `smallCellThreshold - 1`, and the complementary cells that would give them
        /// away, are published as "suppressed"; 0 turns suppression off.
        public var smallCellThreshold: Int
        /// The language of the HTML report: Danish by default, as the centre reports in Danish.
        public var language: NarrativeLanguage = .danish
    }
}
