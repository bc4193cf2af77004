#!/bin/bash
# Static checks of the systemd integration, run in CI (needs only systemd's tools, no running systemd):
#  1. `make install-data` into a temporary root, with stub binaries for ExecStart=/ExecReload=;
#  2. `systemd-analyze verify --man=no --root=ROOT` on every unit: it exits 0 even for mistyped
#     directives, so ANY output is a failure;
#  3. `systemd-analyze security --offline=true`: exposure must be <= 0.5 for every service;
#  4. sysusers.d and tmpfiles.d applied to the temporary root, the journald catalog compiled there
#     and listing every message ID in English and Danish; the timer's calendar expression parsed.
# Exits non-zero on the first failure; prints the exposure figures.
set -euo pipefail

cd "$(dirname "$0")/.."
MAX_EXPOSURE=0.5
SERVICES=(hotlined.service hotline-export.service hotline-retention.service)
UNITS=(hotlined.socket hotlined.service hotline-export.service hotline-export.timer hotline-retention.service hotline-retention.timer)

ROOT=$(mktemp -d /tmp/hotline-units.XXXXXX)
trap 'rm -rf "$ROOT"' EXIT
fail() { echo "check-units: FAIL: $*" >&2; exit 1; }

make -s install-data DESTDIR="$ROOT" PREFIX=/usr 2>/dev/null
# A merged-/usr root like Debian 12's, with the distribution's units (targets, journald...) and
# stub programs for the paths our units execute.
ln -s usr/bin "$ROOT/bin"
ln -s usr/lib "$ROOT/lib"
ln -s usr/sbin "$ROOT/sbin"
mkdir -p "$ROOT/usr/bin" "$ROOT/usr/sbin" "$ROOT/etc"
for unit in /lib/systemd/system/*; do
    [[ -e "$ROOT/usr/lib/systemd/system/$(basename "$unit")" ]] || cp -a "$unit" "$ROOT/usr/lib/systemd/system/"
done
for program in hotlined hotline kill; do
    printf '#!/bin/sh\nexit 0\n' >"$ROOT/usr/bin/$program"
    chmod 0755 "$ROOT/usr/bin/$program"
done
cp /usr/sbin/nologin "$ROOT/usr/sbin/nologin" 2>/dev/null || printf '#!/bin/sh\nexit 1\n' >"$ROOT/usr/sbin/nologin"
cp /etc/machine-id "$ROOT/etc/machine-id" 2>/dev/null || true

echo "== systemd-analyze verify"
for unit in "${UNITS[@]}"; do
    [[ -f "$ROOT/usr/lib/systemd/system/$unit" ]] || fail "$unit not installed"
    output=$(systemd-analyze verify --man=no --root="$ROOT" "$ROOT/usr/lib/systemd/system/$unit" 2>&1) \
        || fail "verify $unit exited non-zero: $output"
    [[ -z "$output" ]] || fail "verify $unit printed:"$'\n'"$output"
    echo "  $unit: clean"
done

echo "== systemd-analyze security --offline=true (maximum $MAX_EXPOSURE)"
for service in "${SERVICES[@]}"; do
    output=$(systemd-analyze security --offline=true --root="$ROOT" --no-pager \
        "$ROOT/usr/lib/systemd/system/$service" 2>&1) || true
    exposure=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' <<<"$output")
    [[ -n "$exposure" ]] || fail "no exposure figure for $service:"$'\n'"$output"
    echo "  $service: exposure $exposure"
    awk -v e="$exposure" -v m="$MAX_EXPOSURE" 'BEGIN { exit !(e <= m) }' \
        || fail "$service exposure $exposure > $MAX_EXPOSURE:"$'\n'"$(grep '✗' <<<"$output")"
done

echo "== sysusers.d and tmpfiles.d"
output=$(systemd-sysusers --root="$ROOT" hotline.conf 2>&1) || fail "systemd-sysusers: $output"
grep -q '^hotline:' "$ROOT/etc/passwd" || fail "sysusers did not create user hotline"
grep -q '^hotline:' "$ROOT/etc/group" || fail "sysusers did not create group hotline"
output=$(systemd-tmpfiles --root="$ROOT" --create hotline.conf 2>&1) || fail "systemd-tmpfiles: $output"
[[ -z "$output" ]] || fail "systemd-tmpfiles printed: $output"
for entry in "var/lib/hotline 710" "var/lib/hotline/exports 2750" "run/hotline 750" "etc/hotline 750"; do
    set -- $entry
    mode=$(stat -c %a "$ROOT/$1")
    [[ "$mode" == "$2" ]] || fail "/$1 has mode $mode, expected $2"
done
echo "  user/group hotline created; /var/lib/hotline 0710, exports 2750, /run/hotline 0750, /etc/hotline 0750"

echo "== journald catalog"
output=$(journalctl --root="$ROOT" --update-catalog 2>&1) || fail "journalctl --update-catalog: $output"
[[ -z "$output" ]] || fail "journalctl --update-catalog printed: $output"
ids=$(sed -n 's/.*case \.[a-zA-Z]*: "\([0-9a-f]\{32\}\)".*/\1/p' Sources/HotlineSystemd/HotlineEvent.swift)
[[ $(wc -w <<<"$ids") -ge 9 ]] || fail "could not read the message IDs from HotlineEvent.swift"
listed=$(journalctl --root="$ROOT" --list-catalog 2>&1)
for id in $ids; do
    grep -q "^$id hotline: " <<<"$listed" || fail "catalog has no entry for $id"
    grep -q "^-- $id da$" systemd/catalog/hotline.catalog || fail "catalog has no Danish entry for $id"
done
echo "  $(wc -w <<<"$ids") message IDs compiled, each in English and Danish"

echo "== timers"
for timer in hotline-export.timer hotline-retention.timer; do
    output=$(systemd-analyze calendar --iterations=1 "$(sed -n 's/^OnCalendar=//p' "systemd/$timer")" 2>&1) \
        || fail "calendar of $timer: $output"
    echo "  $timer OnCalendar: $(sed -n 's/.*Normalized form: //p' <<<"$output")"
done

echo "check-units: OK"
