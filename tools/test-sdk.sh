#!/usr/bin/env bash
# Nodeum's official Python SDK (nodeum-sdk, pinned) against `nodeum-sim --seed demo`: every
# one of the 210 operations, then a stateful pass (tools/sdk/drive.py). The SDK lives in a
# virtual environment of its own, .build/sdk-venv, made once.
#   tools/test-sdk.sh CONFIG        debug or release: which nodeum-sim to drive
#   NODEUM_SIM=/path tools/test-sdk.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SDK_VERSION=1.88.0
CONFIG=${1:?usage: tools/test-sdk.sh debug|release}
SIM=${NODEUM_SIM:-.build/$CONFIG/nodeum-sim}
VENV=.build/sdk-venv

[[ -x $SIM ]] || { echo "test-sdk: $SIM is not built" >&2; exit 1; }
if [[ $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("nodeum-sdk"))' 2>/dev/null) != "$SDK_VERSION" ]]; then
    echo "test-sdk: installing nodeum-sdk $SDK_VERSION into $VENV" >&2
    rm -rf "$VENV"
    python3 -m venv "$VENV" || { echo "test-sdk: python3 -m venv failed (is python3-venv installed?)" >&2; exit 1; }
    "$VENV/bin/pip" install -q --disable-pip-version-check "nodeum-sdk==$SDK_VERSION" \
        || { echo "test-sdk: could not install nodeum-sdk $SDK_VERSION from PyPI" >&2; exit 1; }
fi

out=$(mktemp)
sim_pid=
cleanup() {
    if [[ -n $sim_pid ]]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
    rm -f "$out"
}
trap cleanup EXIT
"$SIM" --port 0 --seed demo --task-duration 0.3 >"$out" 2>&1 &
sim_pid=$!
for _ in $(seq 100); do
    grep -q '^listening on' "$out" && break
    kill -0 "$sim_pid" 2>/dev/null || { echo "test-sdk: nodeum-sim did not start: $(cat "$out")" >&2; exit 1; }
    sleep 0.1
done
base=$(sed -n 's/^listening on //p' "$out" | head -1)
[[ -n $base ]] || { echo "test-sdk: nodeum-sim did not print its address within 10 s" >&2; exit 1; }

echo "== official SDK (nodeum-sdk $SDK_VERSION) against $SIM" >&2
"$VENV/bin/python" tools/sdk/drive.py "$base"
