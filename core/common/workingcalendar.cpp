// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/workingcalendar.h"

namespace {

bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

// Monday to Friday in (from, to], from <= to: whole weeks at once, then the remainder.
qint64 weekdaysAfter(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to);
    qint64 count = days / 7 * 5;
    for (QDate d = from.addDays(days / 7 * 7 + 1); d <= to; d = d.addDays(1)) {
        if (!isWeekend(d))
            ++count;
    }
    return count;
}

} // namespace

WorkingCalendar::WorkingCalendar(QMap<QDate, DayKind> specialDays)
    : m_specialDays(std::move(specialDays))
{
}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    const auto it = m_specialDays.constFind(day);
    if (it != m_specialDays.cend())
        return *it == DayKind::Workday;
    return day.isValid() && !isWeekend(day);
}

QDate WorkingCalendar::addWorkingDays(QDate start, int n) const
{
    if (!start.isValid())
        return {};
    const int step = n < 0 ? -1 : 1;
    QDate day = start;
    // Terminates: outside the finite set of special days every week has five working days.
    for (qint64 remaining = n < 0 ? -qint64(n) : qint64(n); remaining > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingDaysBetween(to, from);

    // Plain weekdays, corrected by the special days that change a day's nature in range.
    qint64 count = weekdaysAfter(from, to);
    for (auto it = m_specialDays.upperBound(from); it != m_specialDays.cend() && it.key() <= to;
         ++it) {
        const bool weekend = isWeekend(it.key());
        if (it.value() == DayKind::Holiday && !weekend)
            --count;
        else if (it.value() == DayKind::Workday && weekend)
            ++count;
    }
    return static_cast<int>(count);
}

QDate WorkingCalendar::nextWorkingDay(QDate day) const
{
    return addWorkingDays(day, 1);
}
