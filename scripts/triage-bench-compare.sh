#!/usr/bin/env bash
# Triage speed before and after a change, side by side in one run: builds triage-bench (release) from
# REV (default: the commit before the screening rules, 4af5160) in a git worktree under
# .build-compare/, and from the working tree, then runs both on the same machine, alternating, each
# with its own catalog. Prints narratives/s per core for each size and language, and the ratio.
#
#   scripts/triage-bench-compare.sh [REV] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-4af5160}
runs=${2:-3}
base=.build-compare/$rev
if [ ! -d "$base" ]; then
  mkdir -p .build-compare
  git worktree add --detach "$base" "$rev" >/dev/null
fi
echo "== building triage-bench (release) at $rev and in the working tree"
(cd "$base" && swift build -c release --scratch-path .build-bench --product triage-bench 2>&1 | tail -n 1)
swift build -c release --scratch-path .build-bench --product triage-bench 2>&1 | tail -n 1
before="$base/.build-bench/release/triage-bench"
after=".build-bench/release/triage-bench"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for run in $(seq "$runs"); do
  (cd "$base" && ".build-bench/release/triage-bench" --catalog Config/indicators.yaml) > "$out/before-$run.txt"
  "$after" --catalog Config/indicators.yaml > "$out/after-$run.txt"
done
python3 - "$out" "$runs" "$rev" <<'PY'
import re, sys, statistics
out, runs, rev = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def figures(kind):
    table = {}
    for run in range(1, runs + 1):
        for line in open("%s/%s-%d.txt" % (out, kind, run)):
            m = re.match(r"\s*([\d.]+) KiB (en|da):\s+([\d,]+) narratives", line)
            if m:
                table.setdefault((float(m.group(1)), m.group(2)), []).append(float(m.group(3).replace(",", "")))
    return {k: statistics.median(v) for k, v in table.items()}
b, a = figures("before"), figures("after")
if not b or not a:
    print("could not read the benches' output:")
    print(open("%s/before-1.txt" % out).read()); print(open("%s/after-1.txt" % out).read())
    sys.exit(1)
print("narratives/s per core, median of %d runs (before = %s, after = working tree)" % (runs, rev))
print("%8s %4s %12s %12s %8s" % ("KiB", "lang", "before", "after", "after/before"))
for key in sorted(set(a) & set(b)):
    print("%8.1f %4s %12.0f %12.0f %8.2f" % (key[0], key[1], b[key], a[key], a[key] / b[key]))
PY
