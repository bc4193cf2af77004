#!/usr/bin/env bash
# Runs every test of the hotline on this machine: installs what is missing, builds, runs the
# Swift test suites (unit tests and end-to-end tests against the real daemon, journald,
# systemd-socket-activate and a NOTIFY_SOCKET listener) and the API conformance check.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

echo "== build"
swift build --build-tests 2>&1 | grep -v "found 1 file(s) which are unhandled" | tail -n 5

echo "== swift test"
swift test --skip-build 2>&1 | grep -v "^◇\|^↳" | tail -n 400

echo "== API conformance with docs/openapi.yaml"
python3 Tests/api/openapi_conformance.py --daemon .build/debug/hotlined

echo "== triage quality on the labelled vignettes"
scripts/triage-eval.sh

echo "== systemd units: verify and hardening"
scripts/check-units.sh
