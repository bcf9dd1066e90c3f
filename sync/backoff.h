// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// Exponential backoff with jitter, capped: 5 s, 10 s, 20 s … up to 5 minutes, each
// spread by ±20 % so that many branches coming back online do not knock at once.
class Backoff
{
public:
    explicit Backoff(qint64 baseMs = 5000, qint64 capMs = 5 * 60 * 1000)
        : m_base(baseMs), m_cap(capMs)
    {
    }
    // The wait before the next attempt after one more failure.
    qint64 next() { return next(m_cap); }
    // The same with a lower cap for this attempt (the failure still counts).
    qint64 next(qint64 capMs);
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    qint64 m_base;
    qint64 m_cap;
    int m_failures = 0;
};
