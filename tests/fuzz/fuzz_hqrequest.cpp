// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point: build with -DHALLDESK_FUZZ=ON and clang (scripts/fuzz.sh).
#include "hqrequestfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return hqRequestFuzzOne(data, size);
}
