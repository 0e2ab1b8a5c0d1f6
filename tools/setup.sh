#!/usr/bin/env bash
# Installs what nodeum needs on a Debian/Ubuntu machine that has Swift, then builds it.
#   tools/setup.sh            apt packages (when missing) + release build
#   tools/setup.sh --deps     apt packages only
set -euo pipefail
cd "$(dirname "$0")/.."

# Libraries the package links (pkg-config lua5.4, libedit, sqlite3), and the programs the
# tests and benchmarks compare against (lua5.4 with lua-cjson and lua-lpeg, wrk, hyperfine;
# python3-venv for the official Python SDK's own environment; make, dpkg-dev, patchelf and
# lintian for `make install` and `make deb`).
packages=(pkg-config liblua5.4-dev libedit-dev libsqlite3-dev lua5.4 lua-cjson lua-lpeg wrk hyperfine curl jq python3-yaml python3-venv
  make dpkg-dev patchelf lintian)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  if [[ $(id -u) -eq 0 ]]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "setup: swift is not on PATH (Swift 6.1 or later is needed)" >&2; exit 1; }
[[ ${1:-} == --deps ]] && exit 0

# The Makefile's release build (the flags tools/test.sh uses too: one release build serves both).
make --no-print-directory build
echo "setup: built .build/release/nodeum and .build/release/nodeum-sim (make install to install them)" >&2
