import Foundation
import Yams

/// Reads `hotline.yaml` into a ``DaemonConfiguration``, naming the file, line and key of any problem.
///
/// Every key is optional and falls back to the embedded default; unknown keys are refused.
public enum ConfigurationParser {
    /// Parses configuration text. `file` names the source in error messages.
    public static func parse(yaml: String, file: String) throws(ConfigurationError) -> DaemonConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw ConfigurationError(file: file, line: nil, key: nil, problem: "not valid YAML: \(error)")
        }
        var config = file == DefaultConfiguration.sourceName ? Self.fallback : DefaultConfiguration.load()
        guard let root, root.null == nil else { return config }
        let reader = Reader(file: file)
        let sections = try reader.mapping(root, key: nil, allowed: ["socket", "database", "catalog", "limits", "intake", "logging", "export", "deadlines", "access", "retention"])

        if let node = sections["socket"] {
            let s = try reader.mapping(node, key: "socket", allowed: ["path", "mode", "group"])
            if let v = s["path"] { config.socket.path = try reader.path(v, key: "socket.path") }
            if let v = s["mode"] { config.socket.mode = try reader.fileMode(v, key: "socket.mode") }
            if let v = s["group"] { config.socket.group = try reader.optionalString(v, key: "socket.group") }
        }
        if let node = sections["database"] {
            let s = try reader.mapping(node, key: "database", allowed: ["path", "max_batch_size"])
            if let v = s["path"] { config.database.path = try reader.path(v, key: "database.path") }
            if let v = s["max_batch_size"] {
                config.database.maxBatchSize = try reader.integer(v, key: "database.max_batch_size", in: 1...10_000)
            }
        }
        if let node = sections["catalog"] {
            let s = try reader.mapping(node, key: "catalog", allowed: ["path"])
            if let v = s["path"] { config.catalog.path = try reader.path(v, key: "catalog.path") }
        }
        if let node = sections["limits"] {
            let s = try reader.mapping(node, key: "limits", allowed: [
                "max_body_bytes", "idle_timeout_seconds", "header_timeout_seconds", "body_timeout_seconds", "max_connections",
            ])
            if let v = s["max_body_bytes"] {
                config.limits.maxBodyBytes = try reader.integer(v, key: "limits.max_body_bytes", in: 1024...(16 << 20))
            }
            if let v = s["idle_timeout_seconds"] {
                config.limits.idleTimeoutSeconds = try reader.integer(v, key: "limits.idle_timeout_seconds", in: 1...3600)
            }
            if let v = s["header_timeout_seconds"] {
                config.limits.headerTimeoutSeconds = try reader.integer(v, key: "limits.header_timeout_seconds", in: 1...300)
            }
            if let v = s["body_timeout_seconds"] {
                config.limits.bodyTimeoutSeconds = try reader.integer(v, key: "limits.body_timeout_seconds", in: 1...300)
            }
            if let v = s["max_connections"] {
                config.limits.maxConnections = try reader.integer(v, key: "limits.max_connections", in: 1...100_000)
            }
        }
        if let node = sections["intake"] {
            let s = try reader.mapping(node, key: "intake", allowed: ["service_epoch", "max_future_seconds"])
            if let v = s["service_epoch"] {
                let epoch = try reader.timestamp(v, key: "intake.service_epoch")
                guard epoch >= Date(timeIntervalSince1970: 0), epoch <= Date() else {
                    throw reader.error(v, key: "intake.service_epoch", "must lie between 1970 and now, or every call would be refused")
                }
                config.intake.serviceEpoch = epoch
            }
            if let v = s["max_future_seconds"] {
                config.intake.maxFutureSeconds = try reader.integer(v, key: "intake.max_future_seconds", in: 0...3600)
            }
        }
        if let node = sections["logging"] {
            let s = try reader.mapping(node, key: "logging", allowed: ["destination"])
            if let v = s["destination"] {
                config.logging.destination = try reader.choice(v, key: "logging.destination", among: ["auto", "journal", "stderr"])
            }
        }
        if let node = sections["deadlines"] {
            let keys = ["immediate_danger", "in_custody", "unaccompanied_minor", "high", "medium", "low", "none"]
            let s = try reader.mapping(node, key: "deadlines", allowed: Set(keys.map { "\($0)_minutes" } + ["overdue_check_seconds"]))
            if let v = s["overdue_check_seconds"] {
                config.deadlines.overdueCheckSeconds = try reader.integer(v, key: "deadlines.overdue_check_seconds", in: 1...3600)
            }
            func minutes(_ key: String, _ value: inout Int) throws(ConfigurationError) {
                if let v = s["\(key)_minutes"] { value = try reader.integer(v, key: "deadlines.\(key)_minutes", in: 1...525_600) }
            }
            try minutes("immediate_danger", &config.deadlines.immediateDangerMinutes)
            try minutes("in_custody", &config.deadlines.inCustodyMinutes)
            try minutes("unaccompanied_minor", &config.deadlines.unaccompaniedMinorMinutes)
            try minutes("high", &config.deadlines.highMinutes)
            try minutes("medium", &config.deadlines.mediumMinutes)
            try minutes("low", &config.deadlines.lowMinutes)
            try minutes("none", &config.deadlines.noneMinutes)
        }
        if let node = sections["retention"] {
            let s = try reader.mapping(node, key: "retention", allowed: [
                "free_text_days_after_close", "contact_days_after_close", "unclosed_days_after_received",
            ])
            if let v = s["free_text_days_after_close"] {
                config.retention.freeTextDaysAfterClose = try reader.integer(v, key: "retention.free_text_days_after_close", in: 1...36_500)
            }
            if let v = s["contact_days_after_close"] {
                config.retention.contactDaysAfterClose = try reader.integer(v, key: "retention.contact_days_after_close", in: 1...36_500)
            }
            if let v = s["unclosed_days_after_received"] {
                config.retention.unclosedDaysAfterReceived =
                    v.null != nil ? nil : try reader.integer(v, key: "retention.unclosed_days_after_received", in: 1...36_500)
            }
            if config.retention.contactDaysAfterClose > config.retention.freeTextDaysAfterClose {
                throw reader.error(
                    node, key: "retention.contact_days_after_close",
                    "must not exceed retention.free_text_days_after_close: shredding the free text shreds the contact with it")
            }
        }
        if let node = sections["export"] {
            let s = try reader.mapping(node, key: "export", allowed: ["directory", "time_zone", "small_cell_threshold", "language"])
            if let v = s["directory"] { config.export.directory = try reader.path(v, key: "export.directory") }
            if let v = s["time_zone"] {
                let name = try reader.string(v, key: "export.time_zone")
                guard TimeZone(identifier: name) != nil else {
                    throw reader.error(v, key: "export.time_zone", "'\(name)' is not a known time zone (e.g. Europe/Copenhagen)")
                }
                config.export.timeZone = name
            }
            if let v = s["small_cell_threshold"] {
                config.export.smallCellThreshold = try reader.integer(v, key: "export.small_cell_threshold", in: 0...100)
            }
            if let v = s["language"] {
                let code = try reader.string(v, key: "export.language")
                guard let language = NarrativeLanguage(rawValue: code) else {
                    throw reader.error(v, key: "export.language", "'\(code)' is not a report language: da or en")
                }
                config.export.language = language
            }
        }
        if let node = sections["access"] {
            let s = try reader.mapping(node, key: "access", allowed: ["roles", "daemon_user_is_admin"])
            if let v = s["daemon_user_is_admin"] {
                config.access.daemonUserIsAdmin = try reader.boolean(v, key: "access.daemon_user_is_admin")
            }
            if let v = s["roles"] {
                let roles = try reader.mapping(v, key: "access.roles", allowed: Set(Role.allCases.map(\.rawValue)))
                for (name, list) in roles {
                    let role = Role(rawValue: name)!
                    config.access.groups[role] = try reader.groupNames(list, key: "access.roles.\(name)")
                }
            }
        }
        return config
    }

    /// The base the embedded default is parsed onto; every value is overwritten by it.
    private static let fallback = DaemonConfiguration(
        socket: .init(path: "", mode: 0o660, group: nil),
        database: .init(path: "", maxBatchSize: 1),
        catalog: .init(path: ""),
        limits: .init(maxBodyBytes: 1024, idleTimeoutSeconds: 1, headerTimeoutSeconds: 1, bodyTimeoutSeconds: 1, maxConnections: 1),
        intake: .init(serviceEpoch: Date(timeIntervalSince1970: 0), maxFutureSeconds: 0),
        logging: .init(destination: "auto"),
        export: .init(directory: "", timeZone: "UTC", smallCellThreshold: 0)
    )
}

/// Typed access to YAML nodes with errors that carry the line.
private struct Reader {
    let file: String

    func error(_ node: Node, key: String?, _ problem: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node.mark.map { $0.line }, key: key, problem: problem)
    }

    func mapping(_ node: Node, key: String?, allowed: Set<String>) throws(ConfigurationError) -> [String: Node] {
        guard let mapping = node.mapping else {
            throw error(node, key: key, "expected a mapping of keys (\(allowed.sorted().joined(separator: ", ")))")
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            let path = key.map { "\($0).\(name)" } ?? name
            guard allowed.contains(name) else {
                throw error(keyNode, key: path, "unknown key; expected one of \(allowed.sorted().joined(separator: ", "))")
            }
            guard result[name] == nil else { throw error(keyNode, key: path, "key given twice") }
            result[name] = value
        }
        return result
    }

    func string(_ node: Node, key: String) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node, node.null == nil else { throw error(node, key: key, "expected a text value") }
        return scalar.string
    }

    func optionalString(_ node: Node, key: String) throws(ConfigurationError) -> String? {
        if node.null != nil { return nil }
        let text = try string(node, key: key)
        guard !text.isEmpty else { throw error(node, key: key, "must not be empty; use ~ for none") }
        return text
    }

    func path(_ node: Node, key: String) throws(ConfigurationError) -> String {
        let text = try string(node, key: key)
        guard !text.isEmpty, !text.contains("\0") else { throw error(node, key: key, "expected a file path") }
        return text
    }

    func integer(_ node: Node, key: String, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        guard case .scalar = node, let value = node.int else { throw error(node, key: key, "expected a whole number") }
        guard range.contains(value) else {
            throw error(node, key: key, "\(value) is out of range \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    func timestamp(_ node: Node, key: String) throws(ConfigurationError) -> Date {
        let text = try string(node, key: key)
        guard let date = RFC3339.parse(text) else {
            throw error(node, key: key, "expected an RFC 3339 time such as \"2000-01-01T00:00:00Z\"")
        }
        return date
    }

    func boolean(_ node: Node, key: String) throws(ConfigurationError) -> Bool {
        guard let value = node.scalar.flatMap({ Bool.construct(from: $0) }) else { throw error(node, key: key, "must be true or false") }
        return value
    }

    /// A list of group names (`[]` or `~` for none); a name is what `groupadd` accepts.
    func groupNames(_ node: Node, key: String) throws(ConfigurationError) -> Set<String> {
        if node.null != nil { return [] }
        guard let items = node.sequence else { throw error(node, key: key, "must be a list of group names, e.g. [hotline-operators]") }
        var names: Set<String> = []
        for item in items {
            let name = try string(item, key: key)
            let allowed = name.utf8.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            }
            guard !name.isEmpty, name.utf8.count <= 32, allowed, name.first != "-" else {
                throw error(item, key: key, "'\(name)' is not a group name (letters, digits, - and _, at most 32)")
            }
            names.insert(name)
        }
        return names
    }

    func choice(_ node: Node, key: String, among choices: [String]) throws(ConfigurationError) -> String {
        let text = try string(node, key: key)
        guard choices.contains(text) else { throw error(node, key: key, "expected one of \(choices.joined(separator: ", "))") }
        return text
    }

    func fileMode(_ node: Node, key: String) throws(ConfigurationError) -> UInt32 {
        let text = try string(node, key: key)
        guard text.count == 4, text.hasPrefix("0"), let mode = UInt32(text, radix: 8), mode & 0o007 == 0 else {
            throw error(node, key: key, "expected an octal mode such as \"0660\" that gives others no access")
        }
        return mode
    }
}
