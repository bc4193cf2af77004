#!/usr/bin/env bash
# hotlined beside its benchmark peer (Benchmarks/peer: FastAPI + uvicorn + sqlite3, one durable
# commit per record, no triage), in one run, on the same disk, with the same load generator and
# the same records:
#
#   - SQLite's own rate of durable single-row commits (WAL, synchronous=FULL) on that disk;
#   - hotlined and the peer at 1 client and at N clients (default 32): records/s, p50, p99, peak RSS;
#   - on hotlined, one keep-alive client's GET /v1/calls/{id} and GET /v1/calls?limit=50 latency;
#   - a side-by-side table with hotlined/peer and hotlined/baseline.
#
# Before measuring, Benchmarks/peer/check_contract.py checks that both servers refuse bad bodies
# (400), answer an external_id retry with 200 and a conflict with 409.
#
#   scripts/bench-peer.sh [--records-single N] [--records-many N] [--clients-many N] [--reads N]
#                         [--baseline-seconds S] [--no-build]
#
# The peer's Python packages go into .build-peer-venv (made when missing or when
# requirements.txt changed), the release binaries into .build-release-peer, the databases into a
# temporary folder under .build-release-peer (the same disk), removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

records_single=2000
records_many=20000
clients_many=32
reads=500
baseline_seconds=3
build=yes

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
    case "$1" in
        --records-single) records_single=$2; shift 2 ;;
        --records-many) records_many=$2; shift 2 ;;
        --clients-many) clients_many=$2; shift 2 ;;
        --reads) reads=$2; shift 2 ;;
        --baseline-seconds) baseline_seconds=$2; shift 2 ;;
        --no-build) build=no; shift ;;
        -h|--help) usage 0 ;;
        *) echo "bench-peer: unknown option $1" >&2; usage 64 ;;
    esac
done

build_path=${BENCH_BUILD_PATH:-.build-release-peer}
venv=.build-peer-venv
bin=$build_path/release

# The peer's packages, pinned; reinstalled when the pins change.
want=$(sha256sum Benchmarks/peer/requirements.txt | cut -d' ' -f1)
if [ ! -x "$venv/bin/uvicorn" ] || [ "$(cat "$venv/.requirements.sha256" 2>/dev/null)" != "$want" ]; then
    echo "bench-peer: installing the peer's Python packages into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r Benchmarks/peer/requirements.txt
    echo "$want" > "$venv/.requirements.sha256"
fi

# One product per command: `--product A --product B` builds only B.
if [ "$build" = yes ]; then
    echo "bench-peer: building hotlined and hotline-loadgen (release, $build_path)"
    swift build -c release --build-path "$build_path" --product hotlined 2>&1 | tail -n 1
    swift build -c release --build-path "$build_path" --product hotline-loadgen 2>&1 | tail -n 1
fi
for program in hotlined hotline-loadgen; do
    [ -x "$bin/$program" ] || { echo "bench-peer: $bin/$program is missing (build it, or drop --no-build)" >&2; exit 1; }
done

mkdir -p "$build_path"
work=$(mktemp -d "$root/$build_path/bench-peer.XXXXXX")
# The load generator puts hotlined's database and the baseline's under TMPDIR: same disk as the peer's.
export TMPDIR=$work
server_pid=
stop_server() {
    if [ -n "$server_pid" ]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
}
trap 'stop_server; rm -rf "$work"' EXIT

wait_for() {  # socket, log
    for _ in $(seq 300); do
        if curl -sf --max-time 2 --unix-socket "$1" http://hotline/v1/health > /dev/null 2>&1; then return 0; fi
        if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
        sleep 0.1
    done
    echo "bench-peer: the server on $1 did not answer; its log:" >&2
    cat "$2" >&2
    exit 1
}

start_peer() {  # folder
    mkdir -p "$1"
    PEER_DATABASE="$1/peer.sqlite" "$venv/bin/uvicorn" --app-dir Benchmarks/peer app:app --uds "$1/peer.sock" \
        --loop uvloop --http httptools --no-access-log --log-level warning > "$1/peer.log" 2>&1 &
    server_pid=$!
    wait_for "$1/peer.sock" "$1/peer.log"
}

start_hotlined() {  # folder
    mkdir -p "$1"
    "$bin/hotlined" --socket "$1/hotline.sock" --database "$1/hotline.sqlite" > "$1/hotlined.log" 2>&1 &
    server_pid=$!
    wait_for "$1/hotline.sock" "$1/hotlined.log"
}

echo
echo "== contract: the same answers from both (400 bad body, 201, 200 retry, 409 conflict)"
for server in hotlined peer; do
    echo "$server:"
    "start_$server" "$work/check-$server"
    python3 Benchmarks/peer/check_contract.py "$work/check-$server/"*.sock
    stop_server
done

results=$work/results.jsonl
: > "$results"
run() {  # name clients records [extra loadgen options...]
    local name=$1 clients=$2 records=$3
    shift 3
    local output=$work/run.out
    echo
    echo "== $name, $clients client(s), $records records"
    if [ "$name" = peer ]; then
        start_peer "$work/peer-$clients"
        "$bin/hotline-loadgen" --socket "$work/peer-$clients/peer.sock" --pid "$server_pid" \
            --clients "$clients" --records "$records" --json yes "$@" | tee "$output"
        stop_server
    else
        "$bin/hotline-loadgen" --daemon "$bin/hotlined" --clients "$clients" --records "$records" --json yes "$@" \
            | tee "$output"
    fi
    sed -n 's/^json: //p' "$output" | python3 -c \
        'import json, sys; f = json.load(sys.stdin); f["server"] = sys.argv[1]; print(json.dumps(f))' "$name" >> "$results"
}

run hotlined 1 "$records_single" --reads "$reads" --baseline-seconds "$baseline_seconds"
run peer 1 "$records_single" --baseline-seconds 0
run hotlined "$clients_many" "$records_many" --baseline-seconds 0
run peer "$clients_many" "$records_many" --baseline-seconds 0

echo
python3 - "$results" "$baseline_seconds" <<'EOF'
import json, sys

rows = [json.loads(line) for line in open(sys.argv[1])]
find = lambda server, clients: next(r for r in rows if r["server"] == server and r["clients"] == clients)
baseline = next((r["baseline_commits_per_second"] for r in rows if r.get("baseline_commits_per_second")), None)
per_baseline = lambda r: f'{r["records_per_second"] / baseline:.2f}' if baseline else "n/a"
rss = lambda r: f'{r["peak_rss_kib"] / 1024:.0f} MiB' if r.get("peak_rss_kib") else "n/a"

print("hotlined vs the peer (FastAPI + uvicorn + sqlite3, one durable commit per record, no triage)")
print("same load generator, same records, same disk; p50/p99 per POST /v1/calls")
print()
print(f'{"":12}{"":16}{"records/s":>11}{"p50 ms":>10}{"p99 ms":>10}{"peak RSS":>10}{"/ baseline":>12}')
for clients in sorted({r["clients"] for r in rows}):
    h, p = find("hotlined", clients), find("peer", clients)
    label = f"{clients} client" + ("s" if clients > 1 else "")
    for name, r in (("hotlined", h), ("peer", p)):
        print(f'{label:12}{name:16}{r["records_per_second"]:>11.0f}{r["p50_ms"]:>10.2f}{r["p99_ms"]:>10.2f}'
              f'{rss(r):>10}{per_baseline(r):>12}')
        label = ""
    print(f'{"":12}{"hotlined/peer":16}{h["records_per_second"] / p["records_per_second"]:>10.2f}x'
          f'{h["p50_ms"] / p["p50_ms"]:>9.2f}x{h["p99_ms"] / p["p99_ms"]:>9.2f}x')
print()
if baseline:
    print(f"SQLite baseline: {baseline:.0f} durable single-row commits/s (one INSERT + COMMIT each, WAL, "
          f"synchronous=FULL, same disk, {sys.argv[2]} s)")
one = find("hotlined", 1)
if "get_p50_ms" in one:
    print(f'hotlined reads, one keep-alive client: GET /v1/calls/{{id}} p50 {one["get_p50_ms"]:.2f} ms '
          f'(p99 {one["get_p99_ms"]:.2f}), GET /v1/calls?limit=50 p50 {one["list_p50_ms"]:.2f} ms '
          f'(p99 {one["list_p99_ms"]:.2f})')
print("hotlined/peer: records/s above 1 means hotlined stores more; p50/p99 below 1 means hotlined answers sooner.")
EOF
