#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 HallDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything once and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
# The headquarters tests also run against a real PostgreSQL server on loopback.
scripts/with-postgres.sh ctest --preset release "$@"
bash scripts/test-packages.sh # the .deb packages: install, use, remove, purge (root only)
