// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/holidaycalendar.h"

#include <QSqlQuery>
#include <QVariant>

WorkingCalendar HolidayCalendar::load(const QSqlDatabase &db)
{
    QMap<QDate, WorkingCalendar::DayKind> days;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT day, kind FROM holiday"))) {
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            if (!day.isValid())
                continue; // MasterData validates dates; nothing else writes this table
            days.insert(day, q.value(1).toString() == QLatin1String("workday")
                                 ? WorkingCalendar::DayKind::Workday
                                 : WorkingCalendar::DayKind::Holiday);
        }
    }
    return WorkingCalendar(days);
}
