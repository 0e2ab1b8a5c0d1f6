#!/usr/bin/env bash
# Benchmark of nodeum-sim: seeding time of a large catalog, then items/s serving pages of
# 1,000 files from it with wrk over loopback (4 connections), at random offsets and, as the
# baseline, always the first page.
#
#   tools/bench-sim.sh [FILES] [DURATION]      defaults: 1000000 files, 10s per run
#   SKIP_BUILD=1 tools/bench-sim.sh            reuse .build/release/nodeum-sim
set -euo pipefail

FILES=${1:-1000000}
DURATION=${2:-10s}
PAGE=1000
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${NODEUM_SIM:-$ROOT/.build/release/nodeum-sim}
WORK=$(mktemp -d)
SIM_PID=

cleanup() {
    if [[ -n $SIM_PID ]]; then kill "$SIM_PID" 2>/dev/null || true; wait "$SIM_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "bench-sim: wrk is not installed" >&2; exit 1; }
if [[ -z ${SKIP_BUILD:-} ]]; then
    (cd "$ROOT" && swift build -c release --product nodeum-sim >&2)
fi

# Seeding: time from start to the listening line.
start=$(date +%s.%N)
"$BIN" --port 0 --seed empty --files "$FILES" --max-page-size "$PAGE" >"$WORK/out" 2>"$WORK/err" &
SIM_PID=$!
until grep -q '^listening on' "$WORK/out" 2>/dev/null; do
    kill -0 "$SIM_PID" 2>/dev/null || { cat "$WORK/err" >&2; exit 1; }
    sleep 0.05
done
ready=$(date +%s.%N)
BASE=$(sed -n 's/^listening on //p' "$WORK/out" | head -1)
SEED_SECONDS=$(echo "$ready - $start" | bc -l)

cat >"$WORK/random.lua" <<LUA
math.randomseed(42)
request = function()
  local offset = math.random(0, $FILES - $PAGE)
  return wrk.format("GET", "/api/v2/files?limit=$PAGE&offset=" .. offset, {["Authorization"] = "Basic YWRtaW46YWRtaW4="})
end
LUA
cat >"$WORK/first.lua" <<LUA
request = function()
  return wrk.format("GET", "/api/v2/files?limit=$PAGE&offset=0", {["Authorization"] = "Basic YWRtaW46YWRtaW4="})
end
LUA
cat >"$WORK/deep.lua" <<LUA
request = function()
  return wrk.format("GET", "/api/v2/files?limit=$PAGE&offset=$((FILES - PAGE))", {["Authorization"] = "Basic YWRtaW46YWRtaW4="})
end
LUA

# Requests/s of a wrk run with 4 connections on 4 threads.
run() {
    wrk -t4 -c4 -d"$DURATION" --latency -s "$WORK/$1.lua" "$BASE" >"$WORK/$1.txt"
    grep -E 'Requests/sec' "$WORK/$1.txt" | awk '{print $2}'
}
p50() { awk '/ 50%/ {print $2}' "$WORK/$1.txt"; }
p99() { awk '/ 99%/ {print $2}' "$WORK/$1.txt"; }

FIRST=$(run first)
RANDOM_RPS=$(run random)
DEEP=$(run deep)

printf 'nodeum-sim benchmark: %d files, pages of %d, 4 connections, %s per run\n' "$FILES" "$PAGE" "$DURATION"
printf '  seeding (start to listening):   %8.2f s  (%.0f files/s)\n' "$SEED_SECONDS" "$(echo "$FILES / $SEED_SECONDS" | bc -l)"
printf '  first page (baseline):          %8.0f items/s  (%.1f req/s, p50 %s, p99 %s)\n' "$(echo "$FIRST * $PAGE" | bc -l)" "$FIRST" "$(p50 first)" "$(p99 first)"
printf '  random offsets:                 %8.0f items/s  (%.1f req/s, p50 %s, p99 %s)\n' "$(echo "$RANDOM_RPS * $PAGE" | bc -l)" "$RANDOM_RPS" "$(p50 random)" "$(p99 random)"
printf '  last page:                      %8.0f items/s  (%.1f req/s, p50 %s, p99 %s)\n' "$(echo "$DEEP * $PAGE" | bc -l)" "$DEEP" "$(p50 deep)" "$(p99 deep)"
printf '  ratio random/first:             %8.2f\n' "$(echo "$RANDOM_RPS / $FIRST" | bc -l)"
printf '  ratio last/first:               %8.2f\n' "$(echo "$DEEP / $FIRST" | bc -l)"
