#!/bin/sh
# The triage engine's golden check: assesses every call of our labelled vignettes (Tests/Vignettes,
# in the repository) and the benchmark's own texts (triage-bench --dump) and compares the encoded
# results with Tests/Golden/triage-results.jsonl.gz. A speed change must not change a single byte;
# a catalog or rule change that is meant to change results records them again, on purpose.
#
#   scripts/golden-check.sh            build (debug, or use $TRIAGE_BENCH), dump, compare; exit 1 on any difference
#   scripts/golden-check.sh --update   record the current results as the golden file
set -eu
cd "$(dirname "$0")/.."
bench=${TRIAGE_BENCH:-}
if [ -z "$bench" ]; then
    swift build --product triage-bench >/dev/null
    bench=.build/debug/triage-bench
fi
out=$(mktemp)
trap 'rm -f "$out" "$out.golden"' EXIT
"$bench" --catalog Config/indicators.yaml --dump "$out" >/dev/null
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
    echo "golden check: RESULTS DIFFER (a catalog or rule change? record it on purpose with --update)" >&2
    # Labels only: a result line holds the narrative's evidence snippets.
    diff "$out.golden" "$out" | grep '^[<>]' | cut -f1 | sort -u | head -20 >&2
    exit 1
fi
