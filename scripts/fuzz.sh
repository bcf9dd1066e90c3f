#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 HallDesk developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes halldesk-hq for a while (default 60 s): POST /api/v1/events with libFuzzer (builds
# the harness with clang and AddressSanitizer in build/fuzz, starting from
# tests/fuzz/corpus; new interesting inputs land in build/fuzz/corpus), then, when the
# release build has the tests, its HTTP front with hostile clients (huge and missing
# Content-Length, slow heads, garbage request lines, too many connections from one
# address, oversized heads) for many more random rounds than a CI run does.
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

if [ -d build/release/tests ]; then
  cmake --build build/release --target tst_hqrequestfuzz halldesk-hq -j2
  HALLDESK_FUZZ_ROUNDS=$(( SECONDS_TO_RUN / 6 + 1 )) \
    ctest --test-dir build/release -R '^tst_hqrequestfuzz$' --output-on-failure
else
  echo "build/release has no tests: the hostile-client rounds need 'cmake --preset release'" >&2
fi
