#!/usr/bin/env bash
# Writes Sources/CBuildInfo/build_stamp.h (not in git): the git commit, the build day and the
# Swift compiler's version that `nodeum --version` and `nodeum-sim --version` print. The file
# is rewritten only when its contents change, so an unchanged tree does not relink.
#   tools/stamp-build.sh
set -euo pipefail
cd "$(dirname "$0")/.."

commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [[ $commit != unknown ]] && [[ -n $(git status --porcelain --untracked-files=no 2>/dev/null) ]]; then
  commit+="+dirty"
fi
if [[ -n ${SOURCE_DATE_EPOCH:-} ]]; then
  day=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)
else
  day=$(date -u +%Y-%m-%d)
fi
swift_version=$(swift --version 2>/dev/null | sed -n 's/.*Swift version \([0-9][0-9.]*\).*/\1/p' | head -1)

stamp=Sources/CBuildInfo/build_stamp.h
text="// Written by tools/stamp-build.sh; not in git.
#define NODEUM_BUILD_COMMIT \"$commit\"
#define NODEUM_BUILD_DATE \"$day\"
#define NODEUM_BUILD_SWIFT \"${swift_version:-unknown}\""
if [[ ! -f $stamp ]] || [[ $(cat "$stamp") != "$text" ]]; then
  printf '%s\n' "$text" >"$stamp"
  # The C file that includes the stamp is compiled again even when the stamp is new.
  touch Sources/CBuildInfo/build_info.c
fi
