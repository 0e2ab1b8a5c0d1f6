# nodeum: build, install and package (see README.md, "Install").
#   make                                      release build of nodeum and nodeum-sim
#   make install [PREFIX=/usr/local] [DESTDIR=]   install what `make` built
#   make uninstall [PREFIX=/usr/local] [DESTDIR=] remove every file install put there
#   make deb                                  a Debian package; its path is the last line printed
# `make && sudo make install`: the build as yourself, the copy as root.

PREFIX ?= /usr/local
DESTDIR ?=
# The release test build's flags (tools/test.sh), so one release build serves the tests, the
# installed programs, the .deb and the benchmarks. `-enable-testing` only keeps internal
# symbols visible to `@testable import`; the code is optimised all the same.
SWIFT_BUILD_FLAGS = -c release -Xswiftc -enable-testing
BUILD := .build/release
STRIP ?= strip

bindir = $(DESTDIR)$(PREFIX)/bin
man1dir = $(DESTDIR)$(PREFIX)/share/man/man1
bashdir = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
sharedir = $(DESTDIR)$(PREFIX)/share/nodeum

PROGRAMS = nodeum nodeum-sim
MANPAGES = docs/nodeum.1 docs/nodeum-sim.1
SCRIPTS = $(wildcard scripts/*.lua)
META = $(wildcard stdlib/meta/*.lua)

.PHONY: all build install uninstall deb

all: build

build:
	tools/stamp-build.sh
	swift build $(SWIFT_BUILD_FLAGS) --product nodeum
	swift build $(SWIFT_BUILD_FLAGS) --product nodeum-sim

# Installs what is built; builds only when a program is missing (`sudo make install` after `make`).
$(addprefix $(BUILD)/,$(PROGRAMS)):
	$(MAKE) build

install: $(addprefix $(BUILD)/,$(PROGRAMS))
	install -d $(bindir) $(man1dir) $(bashdir) $(zshdir) $(fishdir) $(sharedir)/scripts $(sharedir)/meta
	for p in $(PROGRAMS); do install -m 755 $(BUILD)/$$p $(bindir)/$$p && $(STRIP) $(bindir)/$$p; done
	install -m 644 $(MANPAGES) $(man1dir)/
	$(BUILD)/nodeum --generate-completion-script bash >$(bashdir)/nodeum
	$(BUILD)/nodeum --generate-completion-script zsh >$(zshdir)/_nodeum
	$(BUILD)/nodeum --generate-completion-script fish >$(fishdir)/nodeum.fish
	chmod 644 $(bashdir)/nodeum $(zshdir)/_nodeum $(fishdir)/nodeum.fish
	install -m 755 $(SCRIPTS) $(sharedir)/scripts/
	install -m 644 $(META) $(sharedir)/meta/

uninstall:
	rm -f $(addprefix $(bindir)/,$(PROGRAMS))
	rm -f $(addprefix $(man1dir)/,$(notdir $(MANPAGES)))
	rm -f $(bashdir)/nodeum $(zshdir)/_nodeum $(fishdir)/nodeum.fish
	rm -f $(addprefix $(sharedir)/scripts/,$(notdir $(SCRIPTS)))
	rm -f $(addprefix $(sharedir)/meta/,$(notdir $(META)))
	for d in $(sharedir)/scripts $(sharedir)/meta $(sharedir); do \
	  [ ! -d $$d ] || rmdir --ignore-fail-on-non-empty $$d; done

deb: build
	tools/make-deb.sh
