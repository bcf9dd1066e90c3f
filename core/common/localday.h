// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <array>

// A business day is the branch's local date; events carry UTC stamps. A LocalDay holds the
// UTC stamps where the local day and each of its local hours begin, so a day's events are
// found as `at >= start() AND at < end()` on the (type, at) index, and an event's hour by
// comparing text: no event time is parsed.
class LocalDay
{
public:
    explicit LocalDay(QDate date);

    QDate date() const { return m_date; }
    const QString &start() const { return m_starts[0]; }
    const QString &end() const { return m_starts[24]; }
    bool contains(const QString &at) const { return at >= start() && at < end(); }
    // The local hour (0-23) in which the stamp at falls, -1 outside the day.
    int hourOf(const QString &at) const;

private:
    QDate m_date;
    std::array<QString, 25> m_starts; // 24 hours and the next day's start
};
