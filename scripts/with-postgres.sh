#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 HallDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with a throwaway PostgreSQL server on loopback, for the headquarters
# tests: HALLDESK_TEST_POSTGRES names it. The server and its files go when the command ends.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL is not installed: run scripts/install-deps.sh" >&2
  exit 1
fi
WORK=$(mktemp -d /tmp/halldesk-pg.XXXXXX)
PORT=${HALLDESK_TEST_PG_PORT:-55432}
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK"
cleanup() {
  as_owner "$PGBIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
as_owner "$PGBIN/initdb" -D "$WORK/data" -U halldesk -A trust -E UTF8 --no-locale >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; exit 1; }
as_owner "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORK -c fsync=on" start >/dev/null \
  || { cat "$WORK/server.log" >&2; exit 1; }
export HALLDESK_TEST_POSTGRES="postgres://halldesk@127.0.0.1:$PORT/postgres"
set +e
"$@"
status=$?
set -e
exit $status
