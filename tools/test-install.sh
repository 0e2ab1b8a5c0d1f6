#!/usr/bin/env bash
# Checks what an administrator installs, from the release build tools/test.sh made:
# `make install` into a DESTDIR (every file where it belongs, the programs free of the Swift
# toolchain's libraries, the installed nodeum running its saved scripts by name and --sim with
# the nodeum-sim beside it), `make uninstall` (nothing left), and `make deb` (its contents,
# the extracted nodeum running, lintian without errors when lintian is there).
#   tools/test-install.sh
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
fail() { echo "test-install: $*" >&2; exit 1; }
expect_files() { # expect_files ROOT FILE...: exactly these files below ROOT
  diff <(cd "$1" && find . -type f -o -type l | sed 's|^\./||' | sort) <(shift; (($#)) && printf '%s\n' "$@" | sort) >&2 \
    || fail "files below $1 differ from the expected list (< found, > expected)"
}
check_programs() { # check_programs BIN: self-contained, --version, saved scripts by name, --sim
  local bin=$1
  if ldd "$bin/nodeum" "$bin/nodeum-sim" | grep -E 'libswift|libFoundation|libdispatch|/opt/swift' >&2; then
    fail "$bin: the programs still need the Swift toolchain's libraries"
  fi
  "$bin/nodeum" --version | grep -q '^nodeum [0-9.]* (commit ' || fail "$bin/nodeum --version"
  "$bin/nodeum-sim" --version | grep -q '^nodeum-sim [0-9.]* (commit ' || fail "$bin/nodeum-sim --version"
  [[ $("$bin/nodeum" -e 'print(1 + 1)') == 2 ]] || fail "$bin/nodeum -e does not run"
  PATH=/usr/bin:/bin "$bin/nodeum" tape-health --help | grep -q 'tape-health' || fail "$bin/nodeum tape-health: the saved script is not found by name"
  [[ $(PATH=/usr/bin:/bin "$bin/nodeum" --sim -e 'print(nodeum.tapes:list{}:count())') =~ ^[0-9]+$ ]] \
    || fail "$bin/nodeum --sim does not reach the nodeum-sim beside it"
}

scripts=() meta=()
for f in scripts/*.lua; do scripts+=("usr/local/share/nodeum/scripts/${f#scripts/}"); done
for f in stdlib/meta/*.lua; do meta+=("usr/local/share/nodeum/meta/${f#stdlib/meta/}"); done
installed=(usr/local/bin/nodeum usr/local/bin/nodeum-sim
  usr/local/share/man/man1/nodeum.1 usr/local/share/man/man1/nodeum-sim.1
  usr/local/share/bash-completion/completions/nodeum usr/local/share/zsh/site-functions/_nodeum
  usr/local/share/fish/vendor_completions.d/nodeum.fish "${scripts[@]}" "${meta[@]}")

echo "== make install / uninstall (DESTDIR)" >&2
make --no-print-directory install PREFIX=/usr/local DESTDIR="$tmp/root" >&2
expect_files "$tmp/root" "${installed[@]}"
for f in "${scripts[@]}"; do
  [[ $(stat -c %a "$tmp/root/$f") == 755 ]] || fail "$f is not mode 755"
  [[ $(head -1 "$tmp/root/$f") == '#!/usr/bin/env nodeum' ]] || fail "$f does not start with #!/usr/bin/env nodeum"
done
grep -q 'complete' "$tmp/root/usr/local/share/bash-completion/completions/nodeum" || fail "bash completion is empty"
check_programs "$tmp/root/usr/local/bin"
make --no-print-directory uninstall PREFIX=/usr/local DESTDIR="$tmp/root" >&2
expect_files "$tmp/root"

echo "== make deb" >&2
deb=$(make --no-print-directory deb | tail -1)
[[ -f $deb && $deb == *.deb ]] || fail "make deb's last line is not a package: '$deb'"
dpkg-deb -f "$deb" Package Version Architecture Depends Maintainer Description >&2
depends=$(dpkg-deb -f "$deb" Depends)
for lib in liblua5.4 libedit libsqlite3 libc6; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
[[ $depends != *swift* ]] || fail "Depends names Swift: $depends"
packaged=()
for f in "${installed[@]}"; do
  f=${f/usr\/local/usr}
  [[ $f == */man1/* ]] && f+=.gz
  packaged+=("$f")
done
packaged+=(usr/share/doc/nodeum/copyright usr/share/doc/nodeum/changelog.gz usr/share/lintian/overrides/nodeum)
dpkg -x "$deb" "$tmp/deb"
expect_files "$tmp/deb" "${packaged[@]}"
check_programs "$tmp/deb/usr/bin"
if command -v lintian >/dev/null; then
  lintian --fail-on error "$deb" >&2 || fail "lintian finds errors in $deb"
else
  echo "test-install: lintian not installed; the package was not linted" >&2
fi
echo "test-install: make install, make uninstall and make deb passed ($deb)" >&2
