// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/duecasereader.h"

#include "core/common/clock.h"
#include "core/storage/database.h"
#include "core/common/holidaycalendar.h"
#include "core/common/localday.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {
const char kColumns[] =
    "c.case_no, c.item_code, c.window_code, c.mode, c.status, c.accepted_on, c.due_on, "
    "c.completed_on";

DueCase readCase(const QSqlQuery &q)
{
    DueCase c;
    c.caseNo = q.value(0).toString();
    c.itemCode = q.value(1).toString();
    c.windowCode = q.value(2).toString();
    c.mode = q.value(3).toString();
    c.status = q.value(4).toString();
    c.acceptedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.dueOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.completedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    return c;
}

bool earlier(const DueCase &a, const DueCase &b)
{
    return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.caseNo < b.caseNo;
}

Status exec(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Database::errorFrom(q.lastError());
    return success();
}
} // namespace

Result<DueCases> DueCaseReader::read(const QSqlDatabase &db, QDate day)
{
    const WorkingCalendar calendar = HolidayCalendar::load(db);
    const QString dayText = day.toString(Qt::ISODate);
    const QString soonText =
        calendar.addWorkingDays(day, DueCases::DueSoonWorkingDays).toString(Qt::ISODate);
    // Up to today every running case was accepted by the end of the day; for a past day the
    // ones accepted later are left out.
    const bool past = day < Clock::today();
    const QString acceptedBy = past ? QStringLiteral(" AND c.accepted_on <= ?") : QString();
    const auto withDay = [&](QVariantList values) {
        if (past)
            values.append(dayText);
        return values;
    };
    DueCases due;

    // Still running now: counted on the (status, due_on) index; listed earliest due first.
    QSqlQuery counts(db);
    counts.prepare(QStringLiteral("SELECT ifnull(sum(c.due_on < ?), 0), "
                                  "ifnull(sum(c.due_on >= ?), 0) FROM service_case c "
                                  "WHERE c.status IN ('accepted', 'forwarded') AND c.due_on <= ?") +
                   acceptedBy);
    if (const Status s = exec(counts, withDay({dayText, dayText, soonText})); !s)
        return s.error();
    if (counts.next()) {
        due.overdueCount = counts.value(0).toInt();
        due.dueSoonCount = counts.value(1).toInt();
    }
    QList<DueCase> overdue, dueSoon;
    for (const char *status : {"accepted", "forwarded"}) {
        for (const bool late : {true, false}) {
            QSqlQuery list(db);
            list.setForwardOnly(true);
            list.prepare(QStringLiteral("SELECT %1 FROM service_case c WHERE c.status = ? AND %2")
                             .arg(QLatin1String(kColumns),
                                  late ? QStringLiteral("c.due_on < ?")
                                       : QStringLiteral("c.due_on >= ? AND c.due_on <= ?")) +
                         acceptedBy + QStringLiteral(" ORDER BY c.due_on, c.case_no LIMIT ?"));
            QVariantList values{QLatin1String(status), dayText};
            if (!late)
                values.append(soonText);
            values = withDay(values);
            values.append(DueCases::ListLimit);
            if (const Status s = exec(list, values); !s)
                return s.error();
            while (list.next())
                (late ? overdue : dueSoon).append(readCase(list));
        }
    }

    // Completed only after the day: open at its end, so listed as it stood then.
    const LocalDay local(day);
    QSqlQuery later(db);
    later.setForwardOnly(true);
    later.prepare(QStringLiteral("SELECT %1 FROM report_fact f "
                                 "JOIN service_case c ON c.case_no = f.case_no "
                                 "WHERE f.type = 'case.completed' AND f.at >= ? "
                                 "AND c.due_on <= ? AND c.accepted_on <= ?")
                      .arg(QLatin1String(kColumns)));
    if (const Status s = exec(later, {local.end(), soonText, dayText}); !s)
        return s.error();
    QSet<QString> seen;
    while (later.next()) {
        DueCase c = readCase(later);
        if (!c.dueOn.isValid() || seen.contains(c.caseNo))
            continue;
        seen.insert(c.caseNo);
        if (c.dueOn < day) {
            ++due.overdueCount;
            overdue.append(c);
        } else {
            ++due.dueSoonCount;
            dueSoon.append(c);
        }
    }

    for (QList<DueCase> *list : {&overdue, &dueSoon}) {
        std::sort(list->begin(), list->end(), earlier);
        if (list->size() > DueCases::ListLimit)
            list->resize(DueCases::ListLimit);
        for (DueCase &c : *list)
            c.workingDaysLeft = calendar.workingDaysBetween(day, c.dueOn);
    }
    due.overdue = overdue;
    due.dueSoon = dueSoon;
    return due;
}
