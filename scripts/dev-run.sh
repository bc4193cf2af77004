#!/usr/bin/env bash
# Installs what is missing, builds, and runs the daemon with the built-in default configuration:
# socket ./var/hotline.sock, database ./var/hotline.sqlite. Stop it with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --product hotlined
swift build --product hotline
exec .build/debug/hotlined "$@"
