#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 HallDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs both README commands in a fresh Debian 12 chroot (debootstrap --variant=minbase
# bookworm), from a clean clone of this repository's committed HEAD: scripts/demo.sh (under
# xvfb-run: passed when the app has come up on the demo branch and is still running) and
# scripts/test.sh. Prints PASS or FAIL for each and exits non-zero on a failure.
#
# Usage: sudo scripts/test-fresh-debian.sh [--keep] [--refresh-base] [--ccache DIR] [WORK_DIR]
#   WORK_DIR        where the chroot, the logs and the cached base go
#                   (default: /var/tmp/halldesk-fresh-debian)
#   --keep          keep the chroot afterwards, for inspection (WORK_DIR/root)
#   --refresh-base  debootstrap again instead of reusing the cached base
#   --ccache DIR    compile through this ccache folder (bind-mounted, with ccache installed
#                   in the chroot): faster on a busy machine; every package is still
#                   installed afresh, only compiler outputs are reused
#
# Only the bare debootstrap result is cached (WORK_DIR/bookworm-minbase.tar, at most 30
# days old): every run starts from it, so nothing the project installs is ever reused.
# The chroot's apt uses deb.debian.org. Needs root (chroot, mount).
set -euo pipefail

say() { echo "test-fresh-debian: $*"; }
die() {
  echo "test-fresh-debian: $*" >&2
  exit 1
}

KEEP=0
REFRESH_BASE=0
CCACHE_HOST=""
WORK=/var/tmp/halldesk-fresh-debian
while [ $# -gt 0 ]; do
  case "$1" in
  --keep) KEEP=1 ;;
  --refresh-base) REFRESH_BASE=1 ;;
  --ccache)
    [ $# -ge 2 ] || die "--ccache needs a folder"
    CCACHE_HOST=$(realpath "$2")
    shift
    ;;
  -h | --help)
    sed -n '4,20p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  -*)
    echo "test-fresh-debian: unknown option $1" >&2
    exit 2
    ;;
  *) WORK=$1 ;;
  esac
  shift
done

[ "$(id -u)" -eq 0 ] || die "needs root (chroot, mount): sudo $0"
REPO=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
HEAD=$(git -C "$REPO" rev-parse HEAD)
mkdir -p "$WORK"
WORK=$(realpath "$WORK")
case "$WORK" in *[[:space:]]*) die "the work folder's path must have no spaces: $WORK" ;; esac
ROOT=$WORK/root
BASE=$WORK/bookworm-minbase.tar
LOGS=$WORK/logs
MIRROR=http://deb.debian.org/debian
SUITE=bookworm
# The chroot shares the host's network: its throwaway PostgreSQL takes this port.
PG_PORT=${HALLDESK_TEST_PG_PORT:-55432}

# --- the chroot's mounts and processes: never left behind ---
mounts_under() {
  awk -v r="$1" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts | sort -r
}
unmount_all() {
  local m
  for m in $(mounts_under "$ROOT"); do
    umount "$m" 2>/dev/null || umount -l "$m" || true
  done
  [ -z "$(mounts_under "$ROOT")" ]
}
# Whatever runs with its root in the chroot was started by this script (a server a
# package's postinst left, Xvfb, the app).
chroot_pids() {
  local p
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] && echo "${p#/proc/}"
  done
  return 0
}
stop_chroot_processes() {
  local pids
  pids=$(chroot_pids)
  [ -n "$pids" ] || return 0
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  sleep 3
  pids=$(chroot_pids)
  # shellcheck disable=SC2086
  [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
}
remove_root() {
  [ -e "$ROOT" ] || return 0
  unmount_all || die "$ROOT still has mounts; not deleting it: $(mounts_under "$ROOT" | tr '\n' ' ')"
  rm -rf --one-file-system "$ROOT"
}
cleanup() {
  local status=$?
  [ -d "$ROOT" ] || exit "$status"
  stop_chroot_processes
  if ! unmount_all; then
    echo "test-fresh-debian: could not unmount: $(mounts_under "$ROOT" | tr '\n' ' ')" >&2
    echo "test-fresh-debian: $ROOT kept (it has mounts)" >&2
  elif [ "$KEEP" -eq 1 ]; then
    say "the chroot is kept in $ROOT (chroot $ROOT /bin/bash)"
  else
    rm -rf --one-file-system "$ROOT"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mount_all() {
  mount -t proc proc "$ROOT/proc"
  mount -t sysfs sysfs "$ROOT/sys"
  mkdir -p "$ROOT/dev/pts"
  mount -t devpts -o newinstance,ptmxmode=0666 devpts "$ROOT/dev/pts"
  # PostgreSQL's shared memory lives there, as on any Debian system.
  mkdir -p "$ROOT/dev/shm"
  mount -t tmpfs -o mode=1777,nosuid,nodev shm "$ROOT/dev/shm"
}

# --- a fresh Debian 12 ---
host_tools() {
  command -v debootstrap >/dev/null && return 0
  say "installing debootstrap on this machine"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends debootstrap
}
fresh_base() {
  if [ "$REFRESH_BASE" -eq 0 ] && [ -n "$(find "$BASE" -maxdepth 0 -mtime -30 2>/dev/null)" ]; then
    say "unpacking the cached debootstrap result $BASE"
    mkdir -p "$ROOT"
    tar -xpf "$BASE" --numeric-owner -C "$ROOT"
    return 0
  fi
  host_tools
  say "debootstrap --variant=minbase $SUITE (a few minutes)"
  debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR" >"$LOGS/debootstrap.log" 2>&1 ||
    die "debootstrap failed: $(tail -n 5 "$LOGS/debootstrap.log")"
  unmount_all || die "debootstrap left mounts: $(mounts_under "$ROOT" | tr '\n' ' ')"
  tar -cpf "$BASE.tmp" --numeric-owner --one-file-system -C "$ROOT" . && mv "$BASE.tmp" "$BASE"
}
# What any Debian 12 installation has: the point release's updates and security fixes.
# Daemons a package installs are not started in a chroot (policy-rc.d), as is usual.
prepare_chroot() {
  cat >"$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb http://deb.debian.org/debian-security $SUITE-security main
EOF
  printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
  chmod 0755 "$ROOT/usr/sbin/policy-rc.d"
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  in_chroot /bin/sh -c 'apt-get update -q && apt-get -y -q upgrade'
}
CCACHE_ENV=()
in_chroot() {
  env -i HOME=/root LANG=C.UTF-8 TERM=dumb HALLDESK_TEST_PG_PORT="$PG_PORT" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    "${CCACHE_ENV[@]}" chroot "$ROOT" "$@"
}
# The cache is the host's folder: paths are taken relative to the clone, so objects built
# from another checkout of the same sources are found. The compiler is recognised by its
# size and time as on the host (dpkg keeps both), so Debian 12's gcc matches the host's.
use_ccache() {
  in_chroot apt-get install -y -q --no-install-recommends ccache
  # Outside the folders the package test searches for leftovers after a purge.
  mkdir -p "$ROOT/var/tmp/compiler-cache"
  mount --bind "$CCACHE_HOST" "$ROOT/var/tmp/compiler-cache"
  CCACHE_ENV=(CCACHE_DIR=/var/tmp/compiler-cache CCACHE_BASEDIR=/root/halldesk
    CCACHE_NOHASHDIR=true CCACHE_MAXSIZE=20G
    CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache)
}
# A clean clone: only what is committed takes part.
clone_head() {
  git clone --quiet --no-checkout --no-hardlinks "$REPO" "$ROOT/root/halldesk"
  git -C "$ROOT/root/halldesk" checkout --quiet --detach "$HEAD"
}

# --- the two README commands ---
# demo.sh runs until its window is closed: it passes when the app has printed the demo
# staff (the branch is seeded, the window is next), is still running 20 s later, and the
# demo data folder holds its database. Then it is stopped.
# The check brings its own display (Xvfb; a user has a desktop), installed before demo.sh
# runs: demo.sh's own install and build still start from the bare system.
demo_check() {
  in_chroot apt-get install -y -q --no-install-recommends xvfb xauth
  cat >"$ROOT/root/demo-check.sh" <<'EOF'
#!/bin/bash
set -u
cd /root/halldesk
export HALLDESK_DEMO_DIR=/root/demo-data
OUT=/root/demo.out
setsid xvfb-run -a -s "-screen 0 1600x1000x24" scripts/demo.sh >"$OUT" 2>&1 &
pid=$!
show() { cat "$OUT"; echo "demo check: $*"; }
while ! grep -q '^Demo staff' "$OUT"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    show "scripts/demo.sh ended before the app came up"
    exit 1
  fi
  sleep 5
done
sleep 20
if ! kill -0 "$pid" 2>/dev/null; then
  show "the app ended within 20 s of coming up"
  exit 1
fi
kill -TERM -- "-$pid"
wait "$pid"
if [ ! -s "$HALLDESK_DEMO_DIR/halldesk.db" ]; then
  show "no demo database in $HALLDESK_DEMO_DIR"
  exit 1
fi
show "the app came up on the demo branch and ran until stopped"
EOF
  chmod 0755 "$ROOT/root/demo-check.sh"
  in_chroot /root/demo-check.sh
}

RESULTS=()
FAILED=0
run_step() {
  local name=$1 start=$SECONDS status=0
  shift
  say "running $name (log: $LOGS/$name.log)"
  "$@" >"$LOGS/$name.log" 2>&1 || status=$?
  local took=$(((SECONDS - start) / 60))m$(((SECONDS - start) % 60))s
  if [ "$status" -eq 0 ]; then
    RESULTS+=("PASS  $name ($took)")
    say "PASS  $name ($took)"
    return 0
  fi
  RESULTS+=("FAIL  $name ($took, exit $status; the end of $LOGS/$name.log:)")
  RESULTS+=("$(tail -n 15 "$LOGS/$name.log" | sed 's/^/      /')")
  FAILED=1
  say "FAIL  $name ($took, exit $status)"
  return 1
}

say "checking commit $HEAD from a clean clone of $REPO"
if [ -n "$(git -C "$REPO" status --porcelain --untracked-files=normal)" ]; then
  say "note: the working tree has uncommitted changes; they are NOT part of this check"
fi
mkdir -p "$LOGS"
rm -f "$LOGS"/*.log
remove_root
START=$SECONDS
fresh_base
mount_all
if run_step prepare prepare_chroot && run_step clone clone_head; then
  if [ -n "$CCACHE_HOST" ]; then
    run_step ccache use_ccache || true
  fi
  run_step demo.sh demo_check || true
  run_step test.sh in_chroot /bin/bash -c 'cd /root/halldesk && scripts/test.sh' || true
fi
say "results for $HEAD (Debian 12 minbase, $(((SECONDS - START) / 60)) min in all):"
printf '  %s\n' "${RESULTS[@]}"
if [ "$FAILED" -ne 0 ]; then
  say "FAIL"
  exit 1
fi
say "PASS"
