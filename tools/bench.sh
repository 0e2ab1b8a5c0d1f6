#!/usr/bin/env bash
# Benchmarks (not tests): prints figures and ratios against named baselines.
#   tools/bench.sh            all of them
#   tools/bench.sh startup    start-up time of `nodeum -e ''` against `lua5.4 -e ''`
#   tools/bench.sh calls      a Swift-bound no-op against math.abs, 10 million calls
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh --deps
# The release build the tests and `make install` share (the Makefile's flags).
make --no-print-directory build >&2
swift build -c release -Xswiftc -enable-testing --product nodeum-bench >&2
bin=.build/release
what=${1:-all}

median_ms() { # median_ms CMD...: median wall time over 300 runs, in ms (hyperfine)
  local out; out=$(mktemp)
  hyperfine -N --warmup 20 --runs 300 --export-json "$out" "$*" >/dev/null 2>&1
  python3 -c "import json,sys; print('%.2f' % (json.load(open(sys.argv[1]))['results'][0]['median']*1000))" "$out"
  rm -f "$out"
}

if [[ $what == all || $what == startup ]]; then
  n=$(median_ms "$bin/nodeum -e ''")
  l=$(median_ms "lua5.4 -e ''")
  echo "startup: nodeum -e '' median ${n} ms; lua5.4 -e '' median ${l} ms; ratio $(python3 -c "print('%.2f' % ($n/$l))") (target: nodeum <= 5 ms)"
fi

if [[ $what == all || $what == calls ]]; then
  n=10000000
  out=$($bin/nodeum-bench calls $n)
  swift_s=$(awk '/^swift_noop_seconds/ {print $2}' <<<"$out")
  inner_s=$(awk '/^math_abs_seconds/ {print $2}' <<<"$out")
  lua_s=$( { /usr/bin/time -f %e lua5.4 -e "local f = math.abs for i = 1, $n do f(i) end" ; } 2>&1 | tail -1)
  python3 - "$swift_s" "$inner_s" "$lua_s" "$n" <<'PY'
import sys
swift_s, inner_s, lua_s, n = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"calls: {n} calls of a Swift-bound no-op {swift_s:.3f} s ({swift_s/n*1e9:.1f} ns/call); "
      f"math.abs in lua5.4 {lua_s:.3f} s ({lua_s/n*1e9:.1f} ns/call); ratio {swift_s/lua_s:.2f} (target <= 2); "
      f"math.abs in nodeum's own state {inner_s:.3f} s")
PY
fi
