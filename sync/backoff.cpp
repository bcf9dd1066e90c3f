// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

qint64 Backoff::next(qint64 capMs)
{
    const qint64 cap = std::min(m_cap, capMs);
    const int shift = std::min(m_failures, 20);
    ++m_failures;
    const qint64 plain = std::min(cap, m_base << shift);
    const qint64 spread = plain / 5;
    const qint64 jitter =
        spread > 0 ? QRandomGenerator::global()->bounded(2 * spread + 1) - spread : 0;
    return std::clamp<qint64>(plain + jitter, std::min(m_base / 2, cap), cap);
}
