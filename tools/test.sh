#!/usr/bin/env bash
# Runs every test: installs what is missing, then the whole suite in debug and in release
# (Swift 6.3.1 has miscompiled code under -O that debug builds hide).
#   tools/test.sh             everything
#   tools/test.sh --debug     the debug run only
set -euo pipefail
cd "$(dirname "$0")/.."

tools/setup.sh --deps

run() { # run CONFIG: build everything, then run every test of that configuration
  echo "== $1 build and tests" >&2
  tools/stamp-build.sh
  # -enable-testing: the tests' `@testable import`s, in release too (optimised all the same).
  # The Makefile builds release with the same flags: this build is also what `make install`,
  # `make deb` and the benchmarks use, not a second one.
  swift build -c "$1" --build-tests -Xswiftc -enable-testing
  # Every generated file is what its source gives (the API catalog only where ../shared is).
  [[ $1 == debug ]] && tools/regenerate.sh --check
  # Two runs: the suites that spawn hundreds of processes (nodeum against lua5.4, the REPL
  # on a pseudo-terminal) would otherwise starve the in-process ones, some of which measure
  # that requests overlap and that retries wait as long as they should.
  # The in-process suites run one test at a time: on 2 cores, simulators started by tests in
  # parallel slow each other beyond what the timing checks allow.
  swift test -c "$1" --skip-build -Xswiftc -enable-testing --no-parallel --skip NodeumShellTests
  # The shell's suites run one test at a time too: the pseudo-terminal tests block a thread
  # while they wait for output, and on 2 cores a few of them at once starve the others.
  swift test -c "$1" --skip-build -Xswiftc -enable-testing --no-parallel --filter NodeumShellTests
  # Lua 5.4.4's own suite under nodeum (from ../shared; skipped with a note when absent, but in CI).
  tools/test-lua-suite.sh "$1"
  # Nodeum's own Python SDK drives the simulator through all 210 operations.
  tools/test-sdk.sh "$1"
}

run debug
[[ ${1:-} == --debug ]] && exit 0
run release
# What an administrator installs: make install/uninstall, make deb (from the build above).
tools/test-install.sh
echo "test: all passed (debug and release, install and package)" >&2
