// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/casedeadline.h"

#include "core/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

DueState CaseDeadline::classify(CaseKind kind, CaseStatus status, QDate dueOn, QDate today,
                                const WorkingCalendar &calendar)
{
    if (!dueOn.isValid() || !CaseState::isRunning(kind, status))
        return DueState::None;
    if (today > dueOn)
        return DueState::Overdue;
    if (dueOn <= dueSoonUntil(today, calendar))
        return DueState::DueSoon;
    return DueState::OnTrack;
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
    q.prepare(QStringLiteral("SELECT coalesce(sum(due_on < ?), 0), coalesce(sum(due_on >= ?), 0) "
                             "FROM service_case WHERE status IN (%1) AND due_on <= ?")
                  .arg(Database::placeholders(running.size())));
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
