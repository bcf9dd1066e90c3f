// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/localday.h"

#include "core/common/clock.h"

#include <QDateTime>

#include <algorithm>

LocalDay::LocalDay(QDate date) : m_date(date)
{
    m_starts[0] = Clock::stamp(date.startOfDay());
    for (int hour = 1; hour < 24; ++hour) {
        // An hour skipped by a daylight-saving change starts where the next one does.
        const QString s = Clock::stamp(QDateTime(date, QTime(hour, 0), Qt::LocalTime));
        m_starts[hour] = std::max(s, m_starts[hour - 1]);
    }
    m_starts[24] = Clock::stamp(date.addDays(1).startOfDay());
}

int LocalDay::hourOf(const QString &at) const
{
    if (!contains(at))
        return -1;
    // The last hour start not after at.
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cbegin() + 24, at);
    return int(it - m_starts.cbegin()) - 1;
}
