# Builds the release binaries and lays out an installation the way a Debian package would.
#
#   make install DESTDIR=/tmp/root            # build (release, static Swift stdlib) and install
#   make install-data DESTDIR=/tmp/root       # units, sysusers/tmpfiles, config, catalog only
#
# After installing on a live system (a package's postinst does the same):
#   systemd-sysusers hotline.conf && systemd-tmpfiles --create hotline.conf
#   journalctl --update-catalog && systemctl daemon-reload
#   systemctl enable --now hotlined.socket hotline-export.timer hotline-retention.timer

PREFIX      ?= /usr
DESTDIR     ?=
SYSCONFDIR  ?= /etc
SWIFT       ?= swift
SCRATCH     ?= .build-release
BINDIR       = $(PREFIX)/bin
UNITDIR      = $(PREFIX)/lib/systemd/system
SYSUSERSDIR  = $(PREFIX)/lib/sysusers.d
TMPFILESDIR  = $(PREFIX)/lib/tmpfiles.d
CATALOGDIR   = $(PREFIX)/lib/systemd/catalog
DATADIR      = $(PREFIX)/share/hotline
DOCDIR       = $(PREFIX)/share/doc/hotline
SWIFTFLAGS   = -c release --static-swift-stdlib --scratch-path $(SCRATCH)

UNITS = systemd/hotlined.socket systemd/hotlined.service systemd/hotline-export.service systemd/hotline-export.timer \
	systemd/hotline-retention.service systemd/hotline-retention.timer

.PHONY: all build install install-bin install-data check-units

all: build

build:
	$(SWIFT) build $(SWIFTFLAGS) --product hotlined
	$(SWIFT) build $(SWIFTFLAGS) --product hotline

install: install-bin install-data

install-bin: build
	install -d $(DESTDIR)$(BINDIR)
	install -m 0755 $$($(SWIFT) build $(SWIFTFLAGS) --show-bin-path)/hotlined $(DESTDIR)$(BINDIR)/hotlined
	install -m 0755 $$($(SWIFT) build $(SWIFTFLAGS) --show-bin-path)/hotline $(DESTDIR)$(BINDIR)/hotline

install-data:
	install -d $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(TMPFILESDIR) $(DESTDIR)$(CATALOGDIR) \
		$(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR) $(DESTDIR)$(SYSCONFDIR)/hotline
	install -m 0644 $(UNITS) $(DESTDIR)$(UNITDIR)/
	install -m 0644 systemd/sysusers.d/hotline.conf $(DESTDIR)$(SYSUSERSDIR)/hotline.conf
	install -m 0644 systemd/tmpfiles.d/hotline.conf $(DESTDIR)$(TMPFILESDIR)/hotline.conf
	install -m 0644 systemd/catalog/hotline.catalog $(DESTDIR)$(CATALOGDIR)/hotline.catalog
	install -m 0644 systemd/README.md $(DESTDIR)$(DOCDIR)/README.systemd
	# /etc/hotline is 0750 root:hotline (tmpfiles.d), so the file itself may be world-readable.
	install -m 0644 systemd/hotline.yaml $(DESTDIR)$(SYSCONFDIR)/hotline/hotline.yaml
	# The indicator catalog comes from the triage engine's Config/indicators.yaml.
	if [ -f Config/indicators.yaml ]; then \
		install -m 0644 Config/indicators.yaml $(DESTDIR)$(DATADIR)/indicators.yaml; \
	else \
		echo "note: Config/indicators.yaml not present; $(DATADIR)/indicators.yaml not installed" >&2; \
	fi

check-units:
	scripts/check-units.sh
