#!/usr/bin/env bash
# Builds the Debian package from what `make` built: `make install PREFIX=/usr` into a staging
# folder, man pages and changelog compressed, the copyright file, `Depends` from the shared
# libraries the two programs link (dpkg-shlibdeps), then dpkg-deb. Prints the package's path
# as its last line. Run by `make deb`.
#   MAINTAINER="Name <mail>" tools/make-deb.sh     (default: the author of the last commit)
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "make-deb: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps patchelf gzip; do
  command -v "$tool" >/dev/null || fail "$tool is missing (tools/setup.sh --deps installs it)"
done

version=$(sed -n 's/^#define NODEUM_VERSION "\(.*\)"$/\1/p' Sources/CBuildInfo/include/nodeum_build_info.h)
[[ -n $version ]] || fail "no NODEUM_VERSION in Sources/CBuildInfo/include/nodeum_build_info.h"
arch=$(dpkg --print-architecture)
maintainer=${MAINTAINER:-$(git log -1 --format='%an <%ae>' 2>/dev/null || true)}
[[ -n $maintainer ]] || fail "no maintainer: set MAINTAINER=\"Name <mail>\""
commit=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)

out=.build/deb
name=nodeum_${version}_${arch}
stage=$out/$name
rm -rf "$stage" && mkdir -p "$stage/DEBIAN"
make --no-print-directory install PREFIX=/usr DESTDIR="$stage" >&2

# The programs carry SwiftPM's RUNPATH ($ORIGIN), which a static Swift runtime does not need.
for p in nodeum nodeum-sim; do patchelf --remove-rpath "$stage/usr/bin/$p"; done
gzip -9n "$stage"/usr/share/man/man1/*.1

doc=$stage/usr/share/doc/nodeum
mkdir -p "$doc"
cat >"$doc/copyright" <<TEXT
nodeum: a Lua 5.4 shell for the Nodeum data-management API, and nodeum-sim, a simulator of
the API.

Copyright (C) 2026 the nodeum authors ($maintainer).

The project states no licence yet: until it does, all rights are reserved by its authors.
Lua 5.4, libedit and SQLite are used as Debian's shared libraries, under their own licences
(see their packages). The Swift runtime and Foundation are linked statically: Copyright
Apple Inc. and the Swift project authors, Apache License 2.0 with Runtime Library Exception
(/usr/share/common-licenses/Apache-2.0).
TEXT
date_r=$(date -R -u ${SOURCE_DATE_EPOCH:+-d "@$SOURCE_DATE_EPOCH"})
printf 'nodeum (%s) unstable; urgency=medium\n\n  * Built from commit %s.\n\n -- %s  %s\n' \
  "$version" "$commit" "$maintainer" "$date_r" | gzip -9n >"$doc/changelog.gz"
chmod 644 "$doc/copyright" "$doc/changelog.gz"

# swift-nio-extras (HTTP decompression, through async-http-client) compiles in its own copy
# of zlib, its symbols renamed (cnioextras_z_*): lintian is told so rather than left to fail.
overrides=$stage/usr/share/lintian/overrides
mkdir -p "$overrides"
cat >"$overrides/nodeum" <<TEXT
# swift-nio-extras vendors zlib with renamed symbols (cnioextras_z_*) for HTTP decompression;
# the Swift package cannot link Debian's zlib1g instead.
nodeum: embedded-library zlib [usr/bin/nodeum]
TEXT
chmod 644 "$overrides/nodeum"

# Depends: the packages of the shared libraries actually linked, with their minimum versions.
work=$(mktemp -d) && trap 'rm -rf "$work"' EXIT
mkdir "$work/debian"
printf 'Source: nodeum\n\nPackage: nodeum\nArchitecture: any\n' >"$work/debian/control"
root=$(pwd)
depends=$(cd "$work" && dpkg-shlibdeps -O "-e$root/$stage/usr/bin/nodeum" "-e$root/$stage/usr/bin/nodeum-sim" 2>/dev/null \
  | sed -n 's/^shlibs:Depends=//p')
[[ -n $depends ]] || fail "dpkg-shlibdeps found no dependencies"

installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat >"$stage/DEBIAN/control" <<TEXT
Package: nodeum
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: $depends
Section: admin
Priority: optional
Description: Lua 5.4 shell for the Nodeum data-management API
 A REPL to explore a Nodeum system, saved Lua scripts for maintenance, and
 one-liners for the terminal: every operation of the Nodeum REST API v2 from
 Lua, with cursors over paginated collections, concurrent requests, and output
 as JSON, CSV or tables. nodeum-sim, a simulator of the API with demo data,
 comes with it (nodeum --sim).
TEXT
(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

dpkg-deb --root-owner-group -Zxz --build "$stage" "$out/$name.deb" >&2
echo "$out/$name.deb"
