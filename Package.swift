// swift-tools-version: 6.1
// The hotline intake and triage daemon: a Unix-socket HTTP service that scores
// anti-trafficking hotline calls against an indicator catalog and keeps them in SQLite.

import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "hotline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "hotlined", targets: ["hotlined"]),
        .executable(name: "hotline", targets: ["hotline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        // MARK: - C boundaries (system libraries)

        /// libsystemd: journald, sd_notify, socket activation; plus a ucred layout for SO_PEERCRED.
        .systemLibrary(name: "CSystemd", pkgConfig: "libsystemd", providers: [.apt(["libsystemd-dev"])]),
        /// Snowball's libstemmer (Danish and English stemmers).
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

        // MARK: - Core: no I/O

        /// Call-record model and validation, configuration model, text analysis,
        /// indicator catalog model and the triage engine. Pure functions only.
        .target(
            name: "HotlineCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),

        // MARK: - Adapters

        /// Snowball stemmers behind HotlineCore's `Stemmer` protocol.
        .target(name: "HotlineStemming", dependencies: ["CStemmer", "HotlineCore"], swiftSettings: swiftSettings),
        .target(name: "HotlineFiles", dependencies: ["HotlineCore"], swiftSettings: swiftSettings),
        /// The triage stage of the intake pipeline: the catalog and engine with Snowball stemmers,
        /// swappable at reload, producing what the store keeps.
        .target(
            name: "HotlineTriage",
            dependencies: ["HotlineCore", "HotlineStemming", "HotlineFiles"],
            swiftSettings: swiftSettings
        ),
        /// SQLite persistence through GRDB: schema, migrations, group commit.
        .target(
            name: "HotlineStore",
            dependencies: [
                "HotlineCore", .product(name: "GRDB", package: "GRDB.swift"),
                // sqlite3_db_readonly: whether the writer's connection was opened read-only.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                // SHA-256 for the audit trail's hash chain.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        /// journald logging, sd_notify, socket activation.
        .target(
            name: "HotlineSystemd",
            dependencies: [
                "CSystemd", .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        /// The HTTP-over-Unix-socket server: routes, request pipeline, socket handling.
        .target(
            name: "HotlineServer",
            dependencies: [
                "HotlineCore", "HotlineStore", "HotlineTriage", "HotlineSystemd", "HotlineClient", "HotlineExport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        /// Summary exports: figures, small-cell suppression, JSON/CSV/HTML rendering.
        .target(
            name: "HotlineExport",
            dependencies: [
                "HotlineCore", "HotlineStore", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API, to read the million-row scans of a year without a Swift value per column.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        /// A minimal HTTP/1.1 client over a Unix socket, shared by the CLI, the load generator and tests.
        .target(name: "HotlineClient", swiftSettings: swiftSettings),

        // MARK: - Executables

        .executableTarget(
            name: "hotlined",
            dependencies: [
                "HotlineServer", "HotlineTriage", "HotlineCore", "HotlineSystemd", "HotlineFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "hotline",
            dependencies: [
                "HotlineCore", "HotlineStore", "HotlineClient", "HotlineExport", "HotlineTriage", "HotlineFiles",
                "HotlineSystemd", .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "export-bench",
            dependencies: ["HotlineExport", "HotlineStore", "HotlineCore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/export-bench",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "hotline-loadgen",
            dependencies: ["BenchmarkCorpus", "HotlineClient", "HotlineStore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/hotline-loadgen",
            swiftSettings: swiftSettings
        ),
        /// The synthetic call records the benchmarks post and time.
        .target(name: "BenchmarkCorpus", path: "Benchmarks/corpus", swiftSettings: swiftSettings),
        .executableTarget(
            name: "request-path-bench",
            dependencies: ["BenchmarkCorpus", "HotlineCore", "HotlineStemming", "HotlineTriage", "HotlineStore"],
            path: "Benchmarks/request-path-bench",
            swiftSettings: swiftSettings
        ),

        /// Launched by HotlineSystemdTests to drive HotlineSystemd from a separate process
        /// (private journald namespace, own NOTIFY_SOCKET, systemd-socket-activate).
        .executableTarget(
            name: "hotline-systemd-probe",
            dependencies: ["HotlineSystemd", .product(name: "Logging", package: "swift-log")],
            path: "Tests/Support/hotline-systemd-probe",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "triage-bench",
            dependencies: ["HotlineCore", "HotlineStemming", "HotlineFiles"],
            path: "Benchmarks/triage-bench",
            swiftSettings: swiftSettings
        ),

        // MARK: - Tests

        .testTarget(
            name: "HotlineCoreTests",
            dependencies: [
                "HotlineCore", "HotlineStemming",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HotlineStoreTests",
            dependencies: ["HotlineStore", "HotlineCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HotlineExportTests",
            dependencies: ["HotlineExport", "HotlineStore", "HotlineCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HotlineDaemonTests",
            dependencies: ["HotlineClient", "HotlineCore", "HotlineStore", "Yams"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HotlineSystemdTests",
            dependencies: ["HotlineSystemd", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
    ]
)
