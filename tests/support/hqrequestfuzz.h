// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

// One fuzz input through halldesk-hq's POST /api/v1/events (parser, rules, store) on an
// in-memory SQLite store with one enrolled device. Aborts if an answer is not one of the
// documented ones, or if a refused batch changed the store.
int hqRequestFuzzOne(const uint8_t *data, size_t size);
