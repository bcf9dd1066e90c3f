#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 HallDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes halldesk-hq's POST /api/v1/events with libFuzzer for a while (default 60 s):
# builds the harness with clang and AddressSanitizer in build/fuzz, starting from
# tests/fuzz/corpus. New interesting inputs land in build/fuzz/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
SECONDS_TO_RUN=${1:-60}
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DHALLDESK_FUZZ=ON \
  -DBUILD_TESTING=OFF -DHALLDESK_BUILD_BENCH=OFF >/dev/null
cmake --build build/fuzz --target fuzz_hqrequest
mkdir -p build/fuzz/corpus
cp -n tests/fuzz/corpus/* build/fuzz/corpus/ 2>/dev/null || true
build/fuzz/tests/fuzz/fuzz_hqrequest -max_total_time="$SECONDS_TO_RUN" -max_len=65536 build/fuzz/corpus
