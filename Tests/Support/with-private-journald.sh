#!/bin/bash
# Runs a command against a private, real systemd-journald and dumps everything it stored.
#
#   with-private-journald.sh OUTDIR COMMAND [ARGS...]
#
# - Re-executes itself in a private mount namespace (unshare -m, needs root) and mounts tmpfs over
#   /run/systemd, /run/log and /var/log/journal, so the journald started here owns
#   /run/systemd/journal/socket for this namespace only: nothing reaches the host journal, and a
#   host journald (if one runs) is neither needed nor disturbed. Everything vanishes with the namespace.
# - journald runs with a journald.conf bind-mounted over /etc/systemd/journald.conf: volatile storage,
#   no forwarding, no rate limit. (Kernel messages may still show up in the dump: filter entries by
#   SYSLOG_IDENTIFIER or _PID.)
# - COMMAND runs in the background; its PID is written to OUTDIR/command.pid so a test can signal it.
#   A SIGTERM to this script is passed on to COMMAND.
# - When COMMAND exits: journalctl --sync, then `journalctl -o json --all` into OUTDIR/journal.json,
#   COMMAND's exit status into OUTDIR/command.status, and the script exits with that status.
# - journald's own stderr goes to OUTDIR/journald.log.
set -euo pipefail

if [[ $# -lt 2 ]]; then echo "usage: $0 OUTDIR COMMAND [ARGS...]" >&2; exit 2; fi

if [[ "${HOTLINE_PRIVATE_JOURNAL_NS:-}" != 1 ]]; then
    if [[ $(id -u) != 0 ]]; then echo "$0: needs root (unshare -m, mounts)" >&2; exit 77; fi
    export HOTLINE_PRIVATE_JOURNAL_NS=1
    exec unshare --mount --propagation private "$0" "$@"
fi

OUT=$1; shift
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

mkdir -p /run/systemd /run/log
mount -t tmpfs -o mode=0755 tmpfs /run/systemd
mount -t tmpfs -o mode=0755 tmpfs /run/log
if [[ -d /var/log/journal ]]; then mount -t tmpfs -o mode=0755 tmpfs /var/log/journal; fi
CONF=$(mktemp /run/systemd/journald-XXXXXX.conf)
printf '[Journal]\nStorage=volatile\nReadKMSG=no\nForwardToSyslog=no\nForwardToKMsg=no\nForwardToConsole=no\nForwardToWall=no\nRateLimitBurst=0\n' >"$CONF"
if [[ -f /etc/systemd/journald.conf ]]; then mount --bind "$CONF" /etc/systemd/journald.conf; fi

/lib/systemd/systemd-journald 2>"$OUT/journald.log" &
JOURNALD=$!
for _ in $(seq 100); do
    [[ -S /run/systemd/journal/socket ]] && break
    sleep 0.05
done
if [[ ! -S /run/systemd/journal/socket ]]; then
    echo "$0: systemd-journald did not create /run/systemd/journal/socket" >&2
    cat "$OUT/journald.log" >&2
    exit 1
fi

"$@" <&0 &
CHILD=$!
echo "$CHILD" >"$OUT/command.pid"
trap 'kill -TERM "$CHILD" 2>/dev/null || true' TERM INT
STATUS=0
while true; do
    wait "$CHILD" && STATUS=0 || STATUS=$?
    # wait returns >128 when interrupted by the trapped signal; keep waiting while the child lives
    kill -0 "$CHILD" 2>/dev/null || break
done
echo "$STATUS" >"$OUT/command.status"

journalctl --sync 2>/dev/null || sleep 0.5
journalctl -o json --all --no-pager >"$OUT/journal.json"
kill -TERM "$JOURNALD" 2>/dev/null || true
wait "$JOURNALD" 2>/dev/null || true
exit "$STATUS"
