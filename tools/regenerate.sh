#!/usr/bin/env bash
# Regenerates every generated file, in dependency order; with --check, writes nothing and
# exits 1 when one differs from what its source gives (tools/test.sh runs that).
#   tools/regenerate.sh           write them all
#   tools/regenerate.sh --check   check them all
#
# What is generated, from what:
#   Sources/NodeumAPI/Generated/*.gen.swift, tools/sdk facts   tools/generate-api.py, from
#       ../shared/nodeum-api/swagger-v2.yaml (absent: skipped with a note, the rest still run)
#   Sources/NodeumLua/Generated/*.gen.swift                    tools/embed-stdlib.py, from stdlib/
#   stdlib/meta/nodeum.gen.lua (LuaCATS stubs)                 NodeumLua.LuaMeta.render(), from the
#       catalog, written by LuaMetaTests (it needs the debug test build, made here when writing)
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
[[ ${1:-} == --check ]] && check=1
spec=../shared/nodeum-api/swagger-v2.yaml
failed=0

if [[ -f $spec ]]; then
  if ((check)); then tools/generate-api.py --quiet --check "$spec" || failed=1
  else tools/generate-api.py --quiet "$spec"; fi
else
  echo "regenerate: $spec is absent: the API catalog is neither regenerated nor checked" >&2
fi

if ((check)); then tools/embed-stdlib.py --check || failed=1
else tools/embed-stdlib.py; fi

# The LuaCATS stubs come from the catalog in Swift: the test that compares them writes them
# when NODEUM_WRITE_META=1 (an implementation detail of this script; run this script).
meta_test() {
  swift test --skip-build -Xswiftc -enable-testing --filter 'LuaMetaTests/committedFileIsWhatTheCatalogGives' >/tmp/regenerate-meta.$$ 2>&1
}
if ((check)); then
  if meta_test; then echo "regenerate: stdlib/meta/nodeum.gen.lua up to date"
  else
    cat /tmp/regenerate-meta.$$ >&2
    echo "regenerate: stdlib/meta/nodeum.gen.lua is stale (or the debug test build is missing): run tools/regenerate.sh" >&2
    failed=1
  fi
else
  swift build --build-tests -Xswiftc -enable-testing
  NODEUM_WRITE_META=1 meta_test || { cat /tmp/regenerate-meta.$$ >&2; rm -f /tmp/regenerate-meta.$$; exit 1; }
  echo "regenerate: wrote stdlib/meta/nodeum.gen.lua"
fi
rm -f /tmp/regenerate-meta.$$
exit "$failed"
