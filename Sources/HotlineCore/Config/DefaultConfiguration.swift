/// The configuration used when the daemon is given no file: the same text as `Config/hotline.yaml`
/// (a test keeps the two identical).
public enum DefaultConfiguration {
    /// The name used in error messages for the embedded configuration.
    public static let sourceName = "<embedded default configuration>"

    /// The default configuration, parsed.
    public static func load() -> DaemonConfiguration {
        // The embedded text is checked by the tests; failing here is a build defect, not input.
        try! ConfigurationParser.parse(yaml: yaml, file: sourceName)
    }

    public static let yaml = """
        # hotlined / hotline configuration.
        #
        # This is the documented default. The daemon carries the same values built in, so it runs with
        # no file at all: socket and database under ./var/ for development. A deployment points at
        # /etc/hotline/hotline.yaml (see systemd/hotline.yaml). Relative paths are taken from the
        # working directory. Unknown keys are refused, so a misspelt key never goes unnoticed.

        socket:
          # The Unix socket operators' clients connect to.
          path: ./var/hotline.sock
          # File mode of the socket: owner and group may connect, nobody else.
          mode: "0660"
          # Group that owns the socket file (the operators' group); ~ keeps the daemon's own group.
          group: ~

        database:
          # The SQLite database file (WAL mode; keep it in a directory of its own).
          path: ./var/hotline.sqlite
          # The most records committed together in one transaction when clients post at once.
          max_batch_size: 128

        catalog:
          # The indicator catalog policy staff maintain.
          path: ./Config/indicators.yaml

        limits:
          # Largest request body, in bytes (larger: 413).
          max_body_bytes: 262144
          # A connection that sends nothing for this many seconds is closed.
          idle_timeout_seconds: 30
          # A request's head (request line and headers) must arrive whole within this many seconds of
          # its first byte, or of the connection's opening for its first request; else 408 and the
          # connection is closed. Real clients on the local socket need milliseconds.
          header_timeout_seconds: 5
          # A request's body must arrive whole within this many seconds of its head; else 408 and close.
          body_timeout_seconds: 10
          # Connections served at once. A client beyond them is answered at once with 503 (code
          # server_busy) and Retry-After, and the connection is closed; slow clients are dropped by the
          # timeouts above, so slots free up within seconds.
          max_connections: 256

        intake:
          # A call's received_at before this time is refused (400): the hotline took no calls earlier.
          # An RFC 3339 time from 1970 up to now.
          service_epoch: "2000-01-01T00:00:00Z"
          # A received_at more than this many seconds ahead of the daemon's clock is refused (400):
          # the allowance is for clients whose clocks run a little fast (0 to 3600).
          max_future_seconds: 300

        logging:
          # auto: journald when running under systemd, else stderr. Or: journal, stderr.
          destination: auto

        export:
          # Where `hotline export` writes the daily summaries.
          directory: ./var/exports
          # The calendar days of the summaries are days in this time zone.
          time_zone: Europe/Copenhagen
          # Counts from 1 to threshold-1, and the cells that would give them away, are published
          # as "suppressed" (see docs/exports.md); 0 turns suppression off.
          small_cell_threshold: 5
          # The language of the HTML report (titles, labels, indicator names from the catalog): da or en.
          language: da

        deadlines:
          # When an open call is due, in minutes after it was received, by the most urgent thing its
          # triage found (the first that applies): immediate danger, in custody (the assessment must happen
          # while the person is held), an unaccompanied minor, then the band. GET /v1/queue and
          # `hotline queue` list open calls overdue first.
          immediate_danger_minutes: 15
          in_custody_minutes: 120
          unaccompanied_minor_minutes: 240
          high_minutes: 1440
          medium_minutes: 4320
          low_minutes: 10080
          none_minutes: 43200
          # How often the daemon looks for calls that have become overdue; each is logged once, at
          # warning for high, custody, minor or danger calls and at notice otherwise.
          overdue_check_seconds: 60

        access:
          # Who may do what. The daemon learns who is asking from the socket (SO_PEERCRED: the peer's
          # uid and gid, never the request); the user's groups, primary and supplementary, come from the
          # system's group database (looked up once per user, again after a reload). A user has every role
          # of every group it is in, and may do what any of them may:
          #
          #   permission     operator  supervisor  statistician  auditor  admin
          #   submit_calls      x          x                               x    POST /v1/calls
          #   read_calls        x          x                               x    a whole record, its events, notes, referrals
          #   list_calls        x          x                               x    GET /v1/calls, GET /v1/queue (summaries only)
          #   work_calls        x          x                               x    status, assignee, deadline, notes, referrals
          #   reopen_calls                 x                               x    a closed call back to work
          #   hold_calls                   x                               x    legal hold on and off
          #   erase_calls                  x                               x    shred one call now
          #   read_figures                             x                   x    GET /v1/figures (published figures only)
          #   read_audit                                          x        x    GET /v1/audit, hotline audit
          #
          # Anyone who can connect may ask for GET /v1/health. A request its user may not make gets 403
          # with code forbidden naming the permission, and is logged and audited with the uid.
          roles:
            operator: []
            supervisor: []
            statistician: []
            auditor: []
            admin: []
          # The daemon's own user is admin whatever its groups: it can open the database file anyway,
          # and this lets the quick start work with no group set up. false gives it only its groups' roles.
          daemon_user_is_admin: true

        retention:
          # What `hotline retention run` (hotline-retention.timer, daily) shreds. Shredding empties the
          # narrative and the notes' text and removes the operator's initials, the municipality and the
          # contact details; the coded data (dates, channel, language, caller role, band, flags, indicators,
          # sector, region, referrals, statuses, events) stays, so past exports do not change. A call under
          # legal hold (PUT /v1/calls/{id}/legal-hold, `hotline hold`) is skipped.
          # Days after a call was closed until its free text, and its contact details with it, are shredded.
          free_text_days_after_close: 730
          # Days after a call was closed until its contact details (name, phone, email) are shredded; at
          # most free_text_days_after_close.
          contact_days_after_close: 180
          # Days after received_at until a call that was never closed has its free text and contact
          # shredded anyway; ~ never shreds an open call.
          unclosed_days_after_received: 1095
        """
}
