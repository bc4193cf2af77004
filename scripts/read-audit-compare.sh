#!/usr/bin/env bash
# What checking roles and writing the audit entry cost a read, before and after, in one run: builds
# hotlined (release) from REV (default 3110b1c, the last commit before roles and the audit trail) in a
# git worktree under .build-compare/, and from the working tree, then drives each with the same load
# generator, alternating, RUNS times: 2,000 records posted, then 2,000 `GET /v1/calls/{id}` and
# 2,000 `GET /v1/calls?limit=50` on one keep-alive client. Prints the median p50 and p99 of each and
# the difference. (The listing changed too: summaries instead of whole records.)
#
#   scripts/read-audit-compare.sh [REV] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-3110b1c}
runs=${2:-3}
base=.build-compare/$rev
if [ ! -d "$base" ]; then
  mkdir -p .build-compare
  git worktree add --detach "$base" "$rev" >/dev/null
fi
echo "== building hotlined (release) at $rev, and hotlined and hotline-loadgen in the working tree"
(cd "$base" && swift build -c release --scratch-path .build-bench --product hotlined 2>&1 | tail -n 1)
swift build -c release --scratch-path .build-bench --product hotlined 2>&1 | tail -n 1
swift build -c release --scratch-path .build-bench --product hotline-loadgen 2>&1 | tail -n 1
before="$base/.build-bench/release/hotlined"
after=".build-bench/release/hotlined"
loadgen=".build-bench/release/hotline-loadgen"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for run in $(seq "$runs"); do
  for kind in before after; do
    daemon=$before; [ "$kind" = after ] && daemon=$after
    "$loadgen" --daemon "$daemon" --records 2000 --reads 2000 --baseline-seconds 0 --json yes | grep '^json: ' | cut -c7- \
      > "$out/$kind-$run.json"
  done
done
python3 - "$out" "$runs" "$rev" <<'PY'
import json, statistics, sys
out, runs, rev = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def median(kind, key):
    return statistics.median(json.load(open("%s/%s-%d.json" % (out, kind, run)))[key] for run in range(1, runs + 1))
print("one keep-alive client, median of %d runs (before = %s, after = working tree), milliseconds" % (runs, rev))
print("%-28s %9s %9s %10s" % ("", "before", "after", "after-before"))
for label, key in [("GET /v1/calls/{id} p50", "get_p50_ms"), ("GET /v1/calls/{id} p99", "get_p99_ms"),
                   ("GET /v1/calls?limit=50 p50", "list_p50_ms"), ("GET /v1/calls?limit=50 p99", "list_p99_ms")]:
    b, a = median("before", key), median("after", key)
    print("%-28s %9.3f %9.3f %+10.3f" % (label, b, a, a - b))
PY
