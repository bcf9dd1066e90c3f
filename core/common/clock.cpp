// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/clock.h"

#include <QTimeZone>

namespace {
QDateTime g_fixed;
}

QDateTime Clock::nowUtc()
{
    return g_fixed.isValid() ? g_fixed : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return nowUtc().toLocalTime().date();
}

QString Clock::stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Clock::parseStamp(const QString &stamp)
{
    QDateTime t = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

void Clock::setFixed(const QDateTime &utc)
{
    g_fixed = utc.toUTC();
}

void Clock::advance(qint64 msecs)
{
    if (g_fixed.isValid())
        g_fixed = g_fixed.addMSecs(msecs);
}

void Clock::reset()
{
    g_fixed = QDateTime();
}
