#!/usr/bin/env bash
# Benchmark of NodeumClient and of the Lua loop over it: list N files (page size 1,000) from a
# nodeum-sim, sequentially and with 4 pages in flight — from Swift, and from a `nodeum` script
# (`for f in nodeum.files:list{...} do n = n + 1 end`) — against the official Python SDK
# (nodeum-sdk from PyPI) and curl fetching the same pages; a 1,000-item page of JSON decoded
# into Lua tables against lua-cjson; then the peak RSS of listing 100,000 and one million files.
#
#   tools/bench-client.sh [FILES]        (default 200000)
#
# Prints items/s per contender and the ratios. Needs: swift, python3 (venv + pip), curl,
# lua5.4 with lua-cjson (apt: lua-cjson).
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${1:-200000}
PAGE=1000
RUNS=${RUNS:-3}
WORK=$(mktemp -d)
SIM_PID=""
cleanup() { [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

echo "== building (release)"
# The Swift client's benchmark is an executable of its own (Sources/nodeum-client-bench). The
# test command's flags: one release build serves the tests, `make install` and the benchmarks.
swift build -c release --build-tests -Xswiftc -enable-testing >/dev/null
BIN=$(swift build -c release --show-bin-path)
SIM=$BIN/nodeum-sim
NODEUM=$BIN/nodeum
[ -x "$SIM" ] && [ -x "$NODEUM" ] || swift build -c release >/dev/null

# run_lua NAME CONCURRENCY MAX: best wall time of RUNS runs of the Lua loop, and its CPU time.
run_lua() {
  python3 - "$NODEUM" "$URL" "$2" "$RUNS" "$1" "$RESULTS" <<'PY'
import resource, subprocess, sys, time
nodeum, url, c, runs, name, out = sys.argv[1:7]
code = f"local n = 0 for f in nodeum.files:list{{page_size = 1000, concurrency = {c}}} do n = n + 1 end print(n)"
best, n = float("inf"), 0
for _ in range(int(runs)):
    t = time.perf_counter()
    p = subprocess.run([nodeum, "--url", url, "--user", "admin", "--password", "admin", "-e", code],
                       check=True, capture_output=True, text=True)
    best = min(best, time.perf_counter() - t)
    n = int(p.stdout.strip())
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
open(out, "a").write(f"{name} {n} {best} 0 {(ru.ru_utime + ru.ru_stime) / int(runs)}\n")
PY
}

start_sim() {  # start_sim FILES -> sets URL, SIM_PID
  "$SIM" --port 0 --files "$1" --seed demo >"$WORK/sim.out" 2>"$WORK/sim.err" &
  SIM_PID=$!
  for _ in $(seq 1 600); do
    if grep -q "listening on" "$WORK/sim.out" 2>/dev/null; then break; fi
    sleep 0.1
  done
  URL=$(grep -o 'http://[^ ]*' "$WORK/sim.out" | head -1)
  [ -n "$URL" ] || { echo "simulator did not start"; cat "$WORK/sim.err"; exit 1; }
}
stop_sim() { kill "$SIM_PID" 2>/dev/null || true; wait "$SIM_PID" 2>/dev/null || true; SIM_PID=""; }

start_sim "$FILES"
TOTAL=$(curl -s -u admin:admin "$URL/files?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
echo "== simulator at $URL with $TOTAL files (page size $PAGE, best of $RUNS)"
RESULTS="$WORK/results"
: >"$RESULTS"

for c in 1 4; do
  NODEUM_BENCH_URL="$URL" NODEUM_BENCH_CONCURRENCY=$c NODEUM_BENCH_RUNS=$RUNS NODEUM_BENCH_OUT="$RESULTS" \
    "$BIN/nodeum-client-bench" >/dev/null 2>&1 || { echo "swift benchmark failed"; exit 1; }
done

run_lua nodeum-lua-c1 1
run_lua nodeum-lua-c4 4

# curl: the same pages one after the other over one connection (bodies discarded after reading).
python3 - "$URL" "$TOTAL" "$PAGE" "$RUNS" "$RESULTS" <<'PY'
import subprocess, sys, time
url, total, page, runs, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
urls = [f"{url}/files?limit={page}&offset={o}" for o in range(0, total, page)]
cfg = "\n".join(f'url = "{u}"\noutput = "/dev/null"' for u in urls)
import resource
best = float("inf")
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(["curl", "-s", "-u", "admin:admin", "-K", "-"], input=cfg.encode(), check=True)
    best = min(best, time.perf_counter() - t)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
open(out, "a").write(f"curl {total} {best} 0 {(ru.ru_utime + ru.ru_stime) / runs}\n")
PY

# The official Python SDK, from PyPI, in its own venv.
VENV=${NODEUM_BENCH_VENV:-$WORK/venv}
if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV" && "$VENV/bin/pip" install -q nodeum-sdk; fi
"$VENV/bin/python" - "$URL" "$PAGE" "$RUNS" "$RESULTS" <<'PY'
import resource, sys, time
import nodeum_sdk
from nodeum_sdk.api.files_api import FilesApi
url, page, runs, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
cfg = nodeum_sdk.Configuration(host=url, username="admin", password="admin")
api = FilesApi(nodeum_sdk.ApiClient(cfg))
best, n = float("inf"), 0
# CPU of the walks only (not Python's start-up or the SDK's import).
ru0 = resource.getrusage(resource.RUSAGE_SELF)
for _ in range(runs):
    t = time.perf_counter()
    n, offset = 0, 0
    while True:
        res = api.index_files(limit=page, offset=offset)
        got = len(res.files or [])
        if got == 0:
            break
        n += got
        offset += got
        if offset >= res.count:
            break
    best = min(best, time.perf_counter() - t)
ru = resource.getrusage(resource.RUSAGE_SELF)
cpu = (ru.ru_utime - ru0.ru_utime) + (ru.ru_stime - ru0.ru_stime)
open(out, "a").write(f"python-sdk {n} {best} 0 {cpu / runs}\n")
PY
# A page kept for the JSON benchmark below.
curl -s -u admin:admin "$URL/files?limit=1000&offset=0" >"$WORK/page.json"
stop_sim

echo
printf "%-18s %10s %9s %12s %14s %14s\n" contender items seconds items/s "time vs curl" "client CPU s"
CURL_T=$(awk '$1=="curl"{print $3}' "$RESULTS")
PY_T=$(awk '$1=="python-sdk"{print $3}' "$RESULTS")
while read -r name items secs _ cpu; do
  awk -v n="$name" -v i="$items" -v s="$secs" -v c="$CURL_T" -v u="$cpu" 'BEGIN{printf "%-18s %10d %9.3f %12.0f %13.2fx %14.2f\n", n, i, s, i/s, s/c, u}'
done <"$RESULTS"
PY_CPU=$(awk '$1=="python-sdk"{print $5}' "$RESULTS")
for k in swift-client-c1 swift-client-c4 nodeum-lua-c1 nodeum-lua-c4; do
  S=$(awk -v k="$k" '$1==k{print $3}' "$RESULTS")
  C=$(awk -v k="$k" '$1==k{print $5}' "$RESULTS")
  awk -v s="$S" -v p="$PY_T" -v c="$C" -v pc="$PY_CPU" -v k="$k" \
    'BEGIN{printf "%s is %.1fx faster than the Python SDK and spends %.1fx less CPU (target for the Lua loop: >= 20x less CPU)\n", k, p/s, pc/c}'
done

# One 1,000-item page of files as JSON, decoded into Lua tables: nodeum's `json.decode` (the
# same parser and conversion as API pages) against lua-cjson in lua5.4, same bytes, same loop.
echo
echo "== JSON page -> Lua tables (1,000 files, 200 decodes, best of $RUNS)"
cat >"$WORK/decode.lua" <<'LUA'
local f = assert(io.open(arg[1])) local s = f:read("a") f:close()
local best = math.huge
for run = 1, tonumber(arg[2]) do
  local t = os.clock()
  for i = 1, 200 do local v = decode(s) assert(#v.files == 1000) end
  best = math.min(best, os.clock() - t)
end
print(string.format("%.3f", best * 1000 / 200))
LUA
CJSON_MS=$(lua5.4 -e 'decode = require("cjson").decode' "$WORK/decode.lua" "$WORK/page.json" "$RUNS")
OURS_MS=$("$NODEUM" -e 'decode = require("json").decode' "$WORK/decode.lua" "$WORK/page.json" "$RUNS")
printf "lua-cjson %.3f ms/page, nodeum json.decode %.3f ms/page: %.2fx (target <= 0.8x)\n" "$CJSON_MS" "$OURS_MS" "$(echo "$OURS_MS / $CJSON_MS" | bc -l)"

# Peak RSS while listing one million files (sequential, page size 1,000).
echo
echo "== peak RSS of the Lua loop, 100,000 and one million files"
for files in 100000 1000000; do
  start_sim "$files"
  /usr/bin/time -f "%M" -o "$WORK/rss-lua" "$NODEUM" --url "$URL" --user admin --password admin \
    -e 'local n = 0 for f in nodeum.files:list{page_size = 1000} do n = n + 1 end print(n)' >"$WORK/n-lua"
  awk -v n="$(cat "$WORK/n-lua")" '{printf "nodeum Lua loop over %d files: peak RSS %.1f MiB\n", n, $1/1024}' "$WORK/rss-lua"
  [ "$files" = 1000000 ] || stop_sim
done
echo "== peak RSS of the Swift client, one million files"
RSS_RESULTS="$WORK/rss"
NODEUM_BENCH_URL="$URL" NODEUM_BENCH_CONCURRENCY=1 NODEUM_BENCH_RUNS=1 NODEUM_BENCH_OUT="$RSS_RESULTS" \
  "$BIN/nodeum-client-bench" >/dev/null 2>&1 || { echo "swift benchmark failed"; exit 1; }
# VmHWM of the test process itself (the client and the test runner around it), in kB.
awk '{printf "listed %d files in %.1f s; peak RSS of the listing process: %.1f MiB\n", $2, $3, $4/1024}' "$RSS_RESULTS"
echo "(wall times include the simulator's own work; 'client CPU s' is the client process's user+system time per run)"
stop_sim
