// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/businessday.h"

#include "core/common/clock.h"
#include "core/storage/database.h"

#include <QSqlQuery>
#include <QVariant>

QDate BusinessDay::today()
{
    return Clock::today();
}

bool BusinessDay::isClosed(const QSqlDatabase &db, QDate day)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM business_day WHERE day = ?"));
    q.addBindValue(day.toString(Qt::ISODate));
    return q.exec() && q.next();
}

Status BusinessDay::requireOpen(const QSqlDatabase &db, QDate day)
{
    if (!isClosed(db, day))
        return success();
    return Error(QStringLiteral("day.closed"),
                 QT_TRANSLATE_NOOP("Error", "The business day %1 is closed: nothing more can be "
                                            "recorded on it. Continue tomorrow, or ask a "
                                            "supervisor."),
                 {day.toString(Qt::ISODate)});
}
