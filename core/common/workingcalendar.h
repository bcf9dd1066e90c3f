// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>

// Which days a hall works, for promised time limits (承诺时限) counted in working days.
// Monday to Friday are working days and weekends are not, except for the special days
// given: an official holiday on a weekday, or a makeup workday (调休) on a weekend. The
// special days are master data from headquarters; this class holds no calendar of its own.
class WorkingCalendar
{
public:
    enum class DayKind {
        Holiday, // a day off, although it is a weekday
        Workday, // a working day, although it is a weekend (调休)
    };

    WorkingCalendar() = default;
    explicit WorkingCalendar(QMap<QDate, DayKind> specialDays);

    const QMap<QDate, DayKind> &specialDays() const { return m_specialDays; }

    bool isWorkingDay(QDate day) const;

    // The due date of a case accepted on start with a limit of n working days: the n-th
    // working day after start (start itself never counts, whatever kind of day it is).
    // n = 0 gives start; a negative n counts back. Invalid start gives an invalid date.
    QDate addWorkingDays(QDate start, int n) const;

    // The working days in (from, to]: from excluded, to included, so
    // workingDaysBetween(d, addWorkingDays(d, n)) == n for n >= 0 (and for n < 0 when d is
    // a working day). Negative when to is before from, with
    // workingDaysBetween(a, b) == -workingDaysBetween(b, a). Invalid dates give 0.
    int workingDaysBetween(QDate from, QDate to) const;

    // The first working day strictly after day (the same as addWorkingDays(day, 1)).
    QDate nextWorkingDay(QDate day) const;

private:
    QMap<QDate, DayKind> m_specialDays;
};
