// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The one source of "now" for core, so tests can fix time. Times are stored as UTC
// ISO-8601 with milliseconds; the business day is the branch's local date.
class Clock
{
public:
    static QDateTime nowUtc();
    static QDate today();
    static QString stamp(const QDateTime &utc); // "2026-11-23T07:24:01.123Z"
    static QString nowStamp() { return stamp(nowUtc()); }
    static QDateTime parseStamp(const QString &stamp); // invalid QDateTime if malformed

    // For tests: every later call returns this moment (local time derived from it).
    static void setFixed(const QDateTime &utc);
    static void advance(qint64 msecs);
    static void reset();
};
