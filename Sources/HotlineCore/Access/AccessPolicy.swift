/// Which groups' members have which roles (the `access:` section of `hotline.yaml`).
///
/// A user has every role of every group it is in, its primary group and its supplementary groups
/// alike, and may do what any of its roles may (``Role/permissions``). A user in no listed group
/// has no role and may do nothing but ask for the daemon's health.
public struct AccessPolicy: Sendable, Equatable {
    /// Group names by role.
    public var groups: [Role: Set<String>]
    /// Whether the daemon's own user is `admin` whatever its groups. That user can open the
    /// database file anyway, so the role gives it nothing more; it lets the quick start and the
    /// daemon's own watchdog check work without any group set up.
    public var daemonUserIsAdmin: Bool

    public init(groups: [Role: Set<String>] = [:], daemonUserIsAdmin: Bool = true) {
        self.groups = groups
        self.daemonUserIsAdmin = daemonUserIsAdmin
    }

    /// The roles of a user in `memberOf` (group names), who is the daemon's own user or not.
    public func roles(memberOf: Set<String>, isDaemonUser: Bool) -> Set<Role> {
        var roles = Set(Role.allCases.filter { role in !(groups[role] ?? []).isDisjoint(with: memberOf) })
        if isDaemonUser && daemonUserIsAdmin { roles.insert(.admin) }
        return roles
    }
}

/// What a peer may do: its roles and the permissions they give.
public struct PeerAccess: Sendable, Equatable {
    public var roles: Set<Role>
    public var permissions: Set<Permission>

    public init(roles: Set<Role>) {
        self.roles = roles
        self.permissions = roles.reduce(into: Set<Permission>()) { $0.formUnion($1.permissions) }
    }

    public func may(_ permission: Permission) -> Bool { permissions.contains(permission) }

    /// The roles as logged and audited: sorted names joined by commas, `-` for none.
    public var rolesText: String {
        roles.isEmpty ? "-" : roles.sorted().map(\.rawValue).joined(separator: ",")
    }
}
