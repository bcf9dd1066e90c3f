#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 HallDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the two Debian packages from the release build, checks them with lintian (no
# error), installs them with apt (offline: scripts/install-deps.sh has installed every
# dependency), uses what they installed (versions, a terminal's data folder, headquarters
# answering and enrolling a terminal), then removes them (configuration stays) and purges
# them (nothing stays).
# Needs root; skipped for a developer without it. Run by scripts/test.sh after the suite.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "test-packages: $*"; }
fail() {
  echo "test-packages: FAILED: $*" >&2
  exit 1
}

if [ "$(id -u)" -ne 0 ]; then
  say "skipped: installing packages needs root (run as root, or: sudo $0)"
  exit 0
fi
BUILD=build/release
[ -f "$BUILD/CPackConfig.cmake" ] || fail "no release build: run cmake --preset release first"

PACKAGES=(halldesk halldesk-hq)
# Left by a run of this script that did not finish: its packages may be purged again.
MARKER=/var/tmp/halldesk-package-test.running
is_known() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -qv 'not-installed'; }

export DEBIAN_FRONTEND=noninteractive
APT=(apt-get -y -q -o Dpkg::Use-Pty=0)

for p in "${PACKAGES[@]}"; do
  if is_known "$p" && [ ! -e "$MARKER" ]; then
    say "skipped: package $p is installed on this machine and not by this test; not touching it"
    exit 0
  fi
done
if [ -e "$MARKER" ]; then
  say "purging what an earlier run left"
  "${APT[@]}" purge "${PACKAGES[@]}" >/dev/null 2>&1 || true
fi

WORK=$(mktemp -d /tmp/halldesk-packages.XXXXXX)
HQ_PID=""
cleanup() {
  if [ -n "$HQ_PID" ]; then kill "$HQ_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- build ---
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
[ -n "$VERSION" ] || fail "no project version in $BUILD/CMakeCache.txt"
rm -f "$BUILD"/packages/*.deb
say "building the packages of version $VERSION"
(cd "$BUILD" && cpack -G DEB >"$WORK/cpack.log" 2>&1) || {
  cat "$WORK/cpack.log" >&2
  fail "cpack"
}
TERMINAL_DEB=$(realpath "$BUILD"/packages/halldesk_"$VERSION"-*.deb)
HQ_DEB=$(realpath "$BUILD"/packages/halldesk-hq_"$VERSION"-*.deb)

field() { dpkg-deb -f "$1" "$2"; }
for deb in "$TERMINAL_DEB" "$HQ_DEB"; do
  [ "$(field "$deb" Version)" = "$VERSION-1" ] || fail "$deb: version $(field "$deb" Version)"
done
# No lintian error in either package; the warnings kept are overridden in the package itself,
# each with its reason (/usr/share/lintian/overrides/<package>), and are listed here.
# (Its only message on stderr here is that it runs as root.)
lintian --fail-on error --display-level '>=warning' --show-overrides \
  "$TERMINAL_DEB" "$HQ_DEB" >"$WORK/lintian.log" 2>"$WORK/lintian.err" || {
  cat "$WORK/lintian.log" "$WORK/lintian.err" >&2
  fail "lintian found errors in the packages"
}
if [ -s "$WORK/lintian.log" ]; then
  say "lintian: no error; warnings (O: overridden in the package):"
  sed 's/^/  /' "$WORK/lintian.log"
else
  say "lintian: no error, no warning"
fi
# dpkg-shlibdeps found the libraries; the plug-ins Qt loads at run time are declared.
depends_on() {
  field "$1" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$2" ||
    fail "$(basename "$1") does not depend on $2: $(field "$1" Depends)"
}
for dep in libc6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite fonts-noto-cjk; do
  depends_on "$TERMINAL_DEB" "$dep"
done
for dep in libc6 libqt6network6 libssl3 libqt6sql6-sqlite libqt6sql6-psql adduser; do
  depends_on "$HQ_DEB" "$dep"
done

# --- install (twice: the maintainer scripts must survive running again) ---
say "installing $(basename "$TERMINAL_DEB") and $(basename "$HQ_DEB")"
# Offline: apt would install these two and nothing else.
would=$("${APT[@]}" install --simulate "$TERMINAL_DEB" "$HQ_DEB" | sed -n 's/^Inst \([^ ]*\).*/\1/p' |
  sort | tr '\n' ' ')
[ "$would" = "halldesk halldesk-hq " ] ||
  fail "the packages need more than scripts/install-deps.sh installs: $would"
touch "$MARKER"
"${APT[@]}" install "$TERMINAL_DEB" "$HQ_DEB" >"$WORK/apt.log" 2>&1 || {
  cat "$WORK/apt.log" >&2
  fail "apt-get install (offline, with what scripts/install-deps.sh installed)"
}
"${APT[@]}" install --reinstall "$HQ_DEB" >"$WORK/apt.log" 2>&1 || {
  cat "$WORK/apt.log" >&2
  fail "apt-get install --reinstall"
}

# --- the terminal ---
for exe in halldesk halldeskctl halldesk-hq; do
  out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$exe" --version) || fail "$exe --version"
  [ "$out" = "$exe $VERSION" ] || fail "$exe --version said '$out'"
  env -u DISPLAY -u WAYLAND_DISPLAY "$exe" --help >/dev/null || fail "$exe --help"
done
# Read from the packages: minimal images may exclude /usr/share/man and /usr/share/doc.
contents=$(dpkg-deb -c "$TERMINAL_DEB" && dpkg-deb -c "$HQ_DEB")
for f in man/man1/halldesk.1.gz man/man1/halldeskctl.1.gz man/man1/halldesk-hq.1.gz \
  doc/halldesk-hq/OPERATOR.md doc/halldesk-hq/examples/nginx-halldesk-hq.conf \
  doc/halldesk/copyright doc/halldesk/changelog.Debian.gz \
  doc/halldesk-hq/copyright doc/halldesk-hq/changelog.Debian.gz \
  lintian/overrides/halldesk lintian/overrides/halldesk-hq; do
  grep -q "/usr/share/$f\$" <<<"$contents" || fail "the packages lack /usr/share/$f"
done
desktop-file-validate /usr/share/applications/halldesk.desktop || fail "desktop entry"
appstreamcli validate --no-net /usr/share/metainfo/cn.halldesk.terminal.metainfo.xml >/dev/null ||
  fail "metainfo"
for size in 16 24 32 48 64 128 256; do
  [ -s "/usr/share/icons/hicolor/${size}x${size}/apps/halldesk.png" ] || fail "no ${size}px icon"
done
TERMINAL_DIR=$WORK/terminal
halldeskctl --data-dir "$TERMINAL_DIR" init --branch PT01 >/dev/null || fail "halldeskctl init"
halldeskctl --data-dir "$TERMINAL_DIR" verify >/dev/null || fail "halldeskctl verify"

# --- headquarters ---
getent passwd halldesk-hq >/dev/null || fail "no system user halldesk-hq"
[ "$(stat -c %U:%a /var/lib/halldesk-hq)" = "halldesk-hq:750" ] || fail "/var/lib/halldesk-hq"
[ "$(stat -c %U:%G:%a /etc/halldesk-hq/halldesk-hq.conf)" = "root:halldesk-hq:640" ] ||
  fail "rights of /etc/halldesk-hq/halldesk-hq.conf"
UNIT=/usr/lib/systemd/system/halldesk-hq.service
systemd-analyze verify "$UNIT" || fail "systemd-analyze verify $UNIT"
systemd-analyze security --offline=yes --threshold=20 "$UNIT" >"$WORK/security.log" ||
  fail "the unit's sandbox: $(tail -n 1 "$WORK/security.log")"

# The service's settings, as its unit reads them.
set -a
# shellcheck source=/dev/null
. /etc/halldesk-hq/halldesk-hq.conf
set +a
as_hq() { setpriv --reuid=halldesk-hq --regid=halldesk-hq --init-groups -- "$@"; }
if [ -d /run/systemd/system ]; then
  say "headquarters through its unit"
  systemctl is-active --quiet halldesk-hq || fail "halldesk-hq.service is not running"
  PORT=${HALLDESK_HQ_LISTEN##*:}
  for _ in $(seq 50); do
    curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break
    sleep 0.2
  done
else
  say "headquarters through its binary (systemd is not running here)"
  : >"$WORK/hq.log"
  (cd /var/lib/halldesk-hq && exec setpriv --reuid=halldesk-hq --regid=halldesk-hq \
    --init-groups -- halldesk-hq serve --listen 127.0.0.1:0) 2>"$WORK/hq.log" &
  HQ_PID=$!
  PORT=""
  for _ in $(seq 75); do
    PORT=$(sed -n 's/.*"event":"listening".*"port":\([0-9]*\).*/\1/p' "$WORK/hq.log" || true)
    [ -n "$PORT" ] && break
    kill -0 "$HQ_PID" 2>/dev/null || break
    sleep 0.2
  done
  [ -n "$PORT" ] || fail "halldesk-hq did not start: $(cat "$WORK/hq.log")"
fi
health=$(curl -fsS "http://127.0.0.1:$PORT/api/v1/health") || fail "GET /api/v1/health"
grep -Eq '"status": *"ok"' <<<"$health" || fail "health answered $health"
# A terminal enrols with it and sends its events.
code=$(as_hq halldesk-hq enroll-code --branch PT01 --name "Package test") || fail "enroll-code"
halldeskctl --data-dir "$TERMINAL_DIR" enroll "http://127.0.0.1:$PORT" "$code" >/dev/null ||
  fail "halldeskctl enroll"
synced=$(halldeskctl --data-dir "$TERMINAL_DIR" sync --once) || fail "halldeskctl sync --once"
case "$synced" in *", waiting: 0"*) ;; *) fail "sync --once left events waiting: $synced" ;; esac
[ -s /var/lib/halldesk-hq/halldesk-hq.db ] || fail "the store is not where the configuration says"
if [ -n "$HQ_PID" ]; then
  kill -TERM "$HQ_PID"
  wait "$HQ_PID" || fail "halldesk-hq did not stop cleanly: $(cat "$WORK/hq.log")"
  HQ_PID=""
else
  systemctl stop halldesk-hq
  ! systemctl is-active --quiet halldesk-hq || fail "halldesk-hq.service did not stop"
fi

# --- remove: the configuration and the data stay ---
say "removing"
"${APT[@]}" remove "${PACKAGES[@]}" >"$WORK/apt.log" 2>&1 || {
  cat "$WORK/apt.log" >&2
  fail "apt-get remove"
}
for f in /usr/bin/halldesk /usr/bin/halldeskctl /usr/bin/halldesk-hq "$UNIT" \
  /usr/share/applications/halldesk.desktop /usr/share/doc/halldesk-hq; do
  [ ! -e "$f" ] || fail "$f is still there after remove"
done
[ -f /etc/halldesk-hq/halldesk-hq.conf ] || fail "remove took the configuration"
[ -f /var/lib/halldesk-hq/halldesk-hq.db ] || fail "remove took the data"

# --- purge: nothing stays ---
say "purging"
known=()
for p in "${PACKAGES[@]}"; do
  if is_known "$p"; then known+=("$p"); fi
done
[ ${#known[@]} -gt 0 ] || fail "remove left no configuration to purge"
"${APT[@]}" purge "${known[@]}" >"$WORK/apt.log" 2>&1 || {
  cat "$WORK/apt.log" >&2
  fail "apt-get purge"
}
for p in "${PACKAGES[@]}"; do
  ! is_known "$p" || fail "dpkg still knows $p"
done
! getent passwd halldesk-hq >/dev/null || fail "the user halldesk-hq is still there"
! getent group halldesk-hq >/dev/null || fail "the group halldesk-hq is still there"
# (man-db's cache of formatted pages, /var/cache/man, is man-db's to clean.)
left=$(find /etc /usr /var/lib /var/cache /var/log /opt /srv -xdev \
  \( -path /usr/local -o -path /var/cache/man \) -prune -o -name '*halldesk*' -print 2>/dev/null ||
  true)
[ -z "$left" ] || fail "left after purge: $left"
rm -f "$MARKER"
say "ok"
