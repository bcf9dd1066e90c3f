#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 HallDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds HallDesk and starts the counter app on a demo branch.
# The demo data lives in ./demo-data (delete the folder to start afresh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target halldesk halldeskctl
DATA_DIR="${HALLDESK_DEMO_DIR:-$PWD/demo-data}"
exec build/release/app/halldesk --demo --data-dir "$DATA_DIR" "$@"
