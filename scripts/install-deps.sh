#!/usr/bin/env bash
# Installs what building and testing the hotline needs on a fresh Debian 12 machine with Swift:
# the C libraries (SQLite, libsystemd, Snowball's libstemmer), systemd's tools for the journald,
# sd_notify and socket-activation tests, strace for counting retriage's commits, Chromium for the
# export rendering test, and the Python modules of the API conformance test. Does nothing that is
# already there.
set -euo pipefail

packages=(libsqlite3-dev libsystemd-dev libstemmer-dev pkg-config make systemd chromium curl strace)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  echo "install-deps: installing the Python modules jsonschema and PyYAML"
  python3 -m pip install --quiet jsonschema pyyaml
fi
if ! python3 -c 'import schemathesis.cli' 2>/dev/null; then
  echo "install-deps: installing schemathesis (the API fuzzer of scripts/api-fuzz.sh)"
  python3 -m pip install --quiet 'schemathesis>=4.32,<5'
fi
