#!/usr/bin/env bash
# Benchmark of long walks (not a test): one walk over every file of a nodeum-sim holding FILES
# files, by offset, by key, and by key in 2 and 4 segments (`nodeum.files:list{...}` counted in
# Lua, pages of 1,000); then what one page costs the server at the end of the list against at
# its start, by offset and by key (curl, median of 21 requests).
#
#   tools/bench-walks.sh [FILES]        (default 1000000)
#
# Prints items/s per walk, the ratios to the offset walk, and the per-page times.
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${1:-1000000}
WORK=$(mktemp -d)
SIM_PID=""
cleanup() { [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

echo "== building (release, the test command's flags: one release build serves both)"
tools/stamp-build.sh
swift build -c release --build-tests -Xswiftc -enable-testing >/dev/null
BIN=$(swift build -c release --show-bin-path)

"$BIN/nodeum-sim" --port 0 --files "$FILES" --seed demo >"$WORK/sim.out" 2>"$WORK/sim.err" &
SIM_PID=$!
for _ in $(seq 1 1200); do grep -q "listening on" "$WORK/sim.out" 2>/dev/null && break; sleep 0.1; done
URL=$(grep -o 'http://[^ ]*' "$WORK/sim.out" | head -1)
[ -n "$URL" ] || { echo "simulator did not start"; cat "$WORK/sim.err"; exit 1; }
TOTAL=$(curl -s -u admin:admin "$URL/files?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["count"])')
echo "== simulator at $URL with $TOTAL files"

python3 - "$BIN/nodeum" "$URL" "$TOTAL" <<'PY'
import json, statistics, subprocess, sys, time, urllib.request, base64
nodeum, url, total = sys.argv[1], sys.argv[2], int(sys.argv[3])

def walk(options):
    code = f"local n = 0 for f in nodeum.files:list{{page_size = 1000{options}}} do n = n + 1 end print(n)"
    t = time.perf_counter()
    p = subprocess.run([nodeum, "--url", url, "--user", "admin", "--password", "admin", "-e", code],
                       check=True, capture_output=True, text=True)
    return time.perf_counter() - t, int(p.stdout.strip())

rows = []
for name, options in [("offset", ', walk = "offset"'), ("keyset", ', walk = "keyset"'),
                      ("keyset, 2 segments", ", segments = 2"), ("keyset, 4 segments", ", segments = 4")]:
    seconds, n = walk(options)
    if n != total: sys.exit(f"{name}: walked {n} of {total} files")
    rows.append((name, seconds))
base = rows[0][1]
for name, seconds in rows:
    print(f"walk {name:<20} {total} files in {seconds:6.2f} s  {total / seconds:10,.0f} files/s  ratio to offset {base / seconds:.2f}")

auth = "Basic " + base64.b64encode(b"admin:admin").decode()
def page_ms(query):
    times = []
    for _ in range(21):
        req = urllib.request.Request(f"{url}/files?{query}", headers={"Authorization": auth})
        t = time.perf_counter()
        urllib.request.urlopen(req).read()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)

last_offset = max(0, total - 1000)
ids = json.loads(urllib.request.urlopen(urllib.request.Request(
    f"{url}/files?limit=1&offset={last_offset}", headers={"Authorization": auth})).read())["files"]
first = page_ms("limit=1000&offset=0")
deep_offset = page_ms(f"limit=1000&offset={last_offset}")
deep_key = page_ms(f"limit=1000&offset=0&file_id=%3E{ids[0]['id'] - 1}")
print(f"page of 1,000 at the start {first:.1f} ms; at the end by offset {deep_offset:.1f} ms "
      f"({deep_offset / first:.2f}x), by key {deep_key:.1f} ms ({deep_key / first:.2f}x)")
PY
