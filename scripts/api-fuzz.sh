#!/usr/bin/env bash
# Fuzzes the real daemon against docs/openapi.yaml with schemathesis (from PyPI): every check, in
# positive and negative mode, API_FUZZ_EXAMPLES examples per operation (default 300). Schemathesis
# speaks TCP only, so Tests/api/unix_tcp_bridge.py forwards a loopback port to the daemon's socket.
# Tests/api/schemathesis_hooks.py keeps generated valid `received_at` values inside the daemon's
# window, the one rule JSON Schema cannot state (see that file). Fails on any failure found.
#
#   scripts/api-fuzz.sh [DAEMON]        (default .build/debug/hotlined)
#
# The seed is fixed (API_FUZZ_SEED, default 20261203) so a CI run can be repeated exactly; set
# another to explore further. Any failure prints a curl line that reproduces it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
daemon=${1:-.build/debug/hotlined}
examples=${API_FUZZ_EXAMPLES:-300}
dir=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$dir"
}
trap cleanup EXIT
"$daemon" --socket "$dir/hotline.sock" --database "$dir/hotline.sqlite" 2>"$dir/daemon.log" &
daemon_pid=$!
pids+=("$daemon_pid")
for _ in $(seq 200); do [ -S "$dir/hotline.sock" ] && break; sleep 0.05; done
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 Tests/api/unix_tcp_bridge.py "$dir/hotline.sock" "$port" &
pids+=("$!")
for _ in $(seq 100); do python3 -c "import socket; socket.create_connection(('127.0.0.1',$port)).close()" 2>/dev/null && break; sleep 0.05; done
# Run from the scratch folder so schemathesis keeps its cache there, not in the repository.
status=0
(cd "$dir" && PYTHONPATH="$root/Tests/api" SCHEMATHESIS_HOOKS=schemathesis_hooks \
  python3 -c "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())" --no-color \
    run "$root/docs/openapi.yaml" --url "http://127.0.0.1:$port" --checks all \
    --max-examples "$examples" --workers 1 --output-truncate true --request-timeout 20 \
    --seed "${API_FUZZ_SEED:-20261203}") || status=$?
if ! kill -0 "$daemon_pid" 2>/dev/null; then
  echo "api-fuzz: the daemon is gone" >&2
  tail -n 20 "$dir/daemon.log" >&2
  exit 1
fi
exit "$status"
