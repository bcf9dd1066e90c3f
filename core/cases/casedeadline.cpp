// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/casedeadline.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

DueState CaseDeadline::classify(CaseKind kind, CaseStatus status, QDate dueOn, QDate today,
                                const WorkingCalendar &calendar, const QString &mode)
{
    if (!dueOn.isValid() || !CaseState::isRunning(kind, status))
        return DueState::None;
    if (today > dueOn)
        return DueState::Overdue;
    if (!hasWarningWindow(mode))
        return DueState::None;
    if (dueOn <= dueSoonUntil(today, calendar))
        return DueState::DueSoon;
    return DueState::OnTrack;
}

bool CaseDeadline::hasWarningWindow(const QString &mode)
{
    return mode != QLatin1String("immediate");
}

Status CaseDeadline::checkExtendable(const QString &caseNo, const QString &mode)
{
    if (mayExtend(mode))
        return success();
    return Error(QStringLiteral("case.no_extension"),
                 QT_TRANSLATE_NOOP("Error", "Case %1 is an on-the-spot case: it is finished the "
                                            "day it is accepted and cannot be extended. Complete "
                                            "it now."),
                 {caseNo});
}

QString CaseDeadline::warningWindowSql(const QString &prefix)
{
    return QStringLiteral("coalesce(%1mode, '') <> 'immediate'").arg(prefix);
}

QDate CaseDeadline::dueSoonUntil(QDate today, const WorkingCalendar &calendar)
{
    return calendar.addWorkingDays(today, DueSoonWorkingDays);
}

QString CaseDeadline::displayName(DueState state)
{
    switch (state) {
    case DueState::None:
        return QString();
    case DueState::OnTrack:
        return tr("On track");
    case DueState::DueSoon:
        return tr("Due soon");
    case DueState::Overdue:
        return tr("Overdue");
    }
    return QString();
}

Result<CaseDeadline::Counts> CaseDeadline::count(const QSqlDatabase &db, QDate today,
                                                 const WorkingCalendar &calendar)
{
    const QStringList running = CaseState::runningKeys();
    // One pass over the running rows up to the end of the warning window (the status and
    // due date index): everything before today is overdue, the rest is due soon.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(sum(due_on < ?), 0), "
                             "coalesce(sum(due_on >= ? AND %2), 0) "
                             "FROM service_case WHERE status IN (%1) AND due_on <= ?")
                  .arg(Database::placeholders(running.size()), warningWindowSql()));
    const QString day = today.toString(Qt::ISODate);
    q.addBindValue(day);
    q.addBindValue(day);
    for (const QString &key : running)
        q.addBindValue(key);
    q.addBindValue(dueSoonUntil(today, calendar).toString(Qt::ISODate));
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    Counts counts;
    if (q.next()) {
        counts.overdue = q.value(0).toLongLong();
        counts.dueSoon = q.value(1).toLongLong();
    }
    return counts;
}
