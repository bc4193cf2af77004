#!/usr/bin/env bash
# Starts the daemon on a temporary socket and database, scores labelled call vignettes against it
# with the evaluation script, and fails when the triage falls under the quality gate:
#   band accuracy per language >= TRIAGE_MIN_BAND (0.90), high-risk recall >= TRIAGE_MIN_HIGH_RECALL
#   (0.95), false alarms <= TRIAGE_MAX_FALSE_ALARM (0.10), presumed-trafficking sensitivity >=
#   TRIAGE_MIN_PRESUMED (0.80), flag precision and recall >= TRIAGE_MIN_FLAGS (0.90).
#
#   scripts/triage-eval.sh [CASES.jsonl] [extra triage_eval.py options, e.g. --verbose]
#
# Defaults to ../shared/eval/dev-cases.jsonl. Without the evaluation data it skips, except under
# CI=true, where missing data is a failure: CI must never pass by not measuring.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
cases=${1:-$eval_dir/dev-cases.jsonl}
shift || true
daemon=${HOTLINED:-.build/debug/hotlined}
if [ ! -f "$cases" ] || [ ! -f "$eval_dir/triage_eval.py" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "triage-eval: no evaluation cases at $cases; CI needs them" >&2
    exit 1
  fi
  echo "triage-eval: no evaluation cases at $cases; skipped"
  exit 0
fi
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
"$daemon" --socket "$dir/hotline.sock" --database "$dir/hotline.sqlite" 2>"$dir/daemon.log" &
pid=$!
for _ in $(seq 200); do [ -S "$dir/hotline.sock" ] && break; sleep 0.05; done
python3 "$eval_dir/triage_eval.py" --socket "$dir/hotline.sock" --cases "$cases" "$@" | tee "$dir/eval.txt"
python3 scripts/triage-gate.py "$dir/eval.txt"
