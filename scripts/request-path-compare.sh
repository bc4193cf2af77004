#!/usr/bin/env bash
# The request path before and after a change, in one run: builds hotlined (release) from REV
# (default HEAD) in a git worktree under .build-compare/, and from the working tree, then drives each
# with the same load generator, alternating, RUNS times (default 3):
#
#   - one client posting 2,000 records, then one keep-alive client's 2,000 `GET /v1/calls/{id}` and
#     2,000 `GET /v1/calls?limit=50`;
#   - CLIENTS clients (default 32) posting 20,000 records.
#
# Prints the median of each figure over the runs, before and after, and the change. The machine is
# noisy (one run to the next differs by 10% or more): alternating the two builds and taking medians
# is what makes a difference of a few percent visible at all.
#
#   scripts/request-path-compare.sh [REV] [RUNS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD}
runs=${2:-3}
clients=${3:-32}
commit=$(git rev-parse --short "$rev")
base=.build-compare/$commit
if [ ! -d "$base" ]; then
  mkdir -p .build-compare
  git worktree add --detach "$base" "$commit" >/dev/null
fi
echo "== building hotlined (release) at $commit, and hotlined and hotline-loadgen in the working tree"
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
    "$loadgen" --daemon "$daemon" --clients 1 --records 2000 --reads 2000 --baseline-seconds 0 --json yes \
      | grep '^json: ' | cut -c7- > "$out/$kind-one-$run.json"
    "$loadgen" --daemon "$daemon" --clients "$clients" --records 20000 --baseline-seconds 0 --json yes \
      | grep '^json: ' | cut -c7- > "$out/$kind-many-$run.json"
  done
done
python3 - "$out" "$runs" "$commit" "$clients" <<'PY'
import json, statistics, sys
out, runs, rev, clients = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def median(kind, load, key):
    return statistics.median(json.load(open("%s/%s-%s-%d.json" % (out, kind, load, run)))[key] for run in range(1, runs + 1))
print("median of %d runs, alternating (before = %s, after = the working tree)" % (runs, rev))
print("%-34s %9s %9s %9s" % ("", "before", "after", "change"))
rows = [
    ("1 client: records/s", "one", "records_per_second", "%9.0f"),
    ("1 client: POST p50 ms", "one", "p50_ms", "%9.3f"),
    ("1 client: POST p99 ms", "one", "p99_ms", "%9.3f"),
    ("GET /v1/calls/{id} p50 ms", "one", "get_p50_ms", "%9.3f"),
    ("GET /v1/calls/{id} p99 ms", "one", "get_p99_ms", "%9.3f"),
    ("GET /v1/calls?limit=50 p50 ms", "one", "list_p50_ms", "%9.3f"),
    ("%s clients: records/s" % clients, "many", "records_per_second", "%9.0f"),
    ("%s clients: POST p50 ms" % clients, "many", "p50_ms", "%9.3f"),
    ("%s clients: peak RSS MiB" % clients, "many", "peak_rss_kib", "%9.1f"),
]
for label, load, key, form in rows:
    b, a = median("before", load, key), median("after", load, key)
    if key == "peak_rss_kib":
        b, a = b / 1024, a / 1024
    change = "%+8.1f%%" % ((a - b) / b * 100) if b else "      n/a"
    print("%-34s %s %s %s" % (label, form % b, form % a, change))
PY
