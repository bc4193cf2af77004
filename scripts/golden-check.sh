#!/bin/sh
# The triage engine's golden check: assesses every narrative of the core tests, the evaluation set and the
# benchmark (triage-bench --dump) and compares the encoded results with Tests/Golden/triage-results.jsonl.gz.
# A speed change must not change a single byte.
#
#   scripts/golden-check.sh            build (release), dump, compare; exit 1 on any difference
#   scripts/golden-check.sh --update   record the current results as the golden file (only when a
#                                      catalog or rule change is meant to change results)
set -eu
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-bench --product triage-bench >/dev/null
out=$(mktemp)
trap 'rm -f "$out" "$out.golden"' EXIT
.build-bench/release/triage-bench --dump "$out" >/dev/null
golden=Tests/Golden/triage-results.jsonl.gz
if [ "${1:-}" = "--update" ]; then
    gzip -9n < "$out" > "$golden"
    echo "golden check: recorded $(wc -l < "$out") results in $golden"
    exit 0
fi
gunzip < "$golden" > "$out.golden"
if cmp -s "$out" "$out.golden"; then
    echo "golden check: $(wc -l < "$out") results identical"
else
    echo "golden check: RESULTS DIFFER" >&2
    diff "$out.golden" "$out" | head -20 >&2
    exit 1
fi
