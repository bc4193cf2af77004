#!/usr/bin/env bash
# Starts the daemon on a temporary socket and database and scores labelled call vignettes
# against it with the evaluation script (band accuracy, recall of high-risk calls, false alarms).
#
#   scripts/triage-eval.sh [CASES.jsonl] [extra triage_eval.py options, e.g. --verbose]
#
# Defaults to ../shared/eval/dev-cases.jsonl and fails when band accuracy is under 0.85.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
cases=${1:-$eval_dir/dev-cases.jsonl}
shift || true
daemon=${HOTLINED:-.build/debug/hotlined}
if [ ! -f "$cases" ] || [ ! -f "$eval_dir/triage_eval.py" ]; then
  echo "triage-eval: no evaluation cases at $cases; skipped"
  exit 0
fi
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
"$daemon" --socket "$dir/hotline.sock" --database "$dir/hotline.sqlite" 2>"$dir/daemon.log" &
pid=$!
for _ in $(seq 200); do [ -S "$dir/hotline.sock" ] && break; sleep 0.05; done
python3 "$eval_dir/triage_eval.py" --socket "$dir/hotline.sock" --cases "$cases" --min-band-ok 0.85 "$@"
