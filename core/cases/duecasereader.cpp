// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/duecasereader.h"

#include "core/cases/casedeadline.h"

#include "core/common/clock.h"
#include "core/common/holidaycalendar.h"
#include "core/common/localday.h"
#include "core/storage/database.h"

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

// The day's due-date window, and the filter that leaves out cases accepted after a past day.
struct DuePeriod
{
    QDate day;
    QString dayText;
    QString soonText; // the last due date that counts as due soon
    QString acceptedBy;

    DuePeriod(const WorkingCalendar &calendar, QDate d)
        : day(d), dayText(d.toString(Qt::ISODate)),
          soonText(calendar.addWorkingDays(d, DueCases::DueSoonWorkingDays).toString(Qt::ISODate))
    {
        // Up to today every running case was accepted by the end of the day; for a past day
        // the ones accepted later are left out.
        if (d < Clock::today())
            acceptedBy = QStringLiteral(" AND c.accepted_on <= ?");
    }

    // The values bound, with the day for the accepted_on filter when there is one.
    QVariantList withDay(QVariantList values) const
    {
        if (!acceptedBy.isEmpty())
            values.append(dayText);
        return values;
    }
};

// The overdue and due-soon cases found so far, not yet sorted or cut to the list limit.
struct DueLists
{
    QList<DueCase> overdue;
    QList<DueCase> dueSoon;
};

// Still running now: counted on the (status, due_on) index.
Status countRunning(const QSqlDatabase &db, const DuePeriod &p, DueCases &due)
{
    QSqlQuery counts(db);
    counts.prepare(QStringLiteral("SELECT ifnull(sum(c.due_on < ?), 0), "
                                  "ifnull(sum(c.due_on >= ? AND %1), 0) FROM service_case c "
                                  "WHERE c.status IN ('accepted', 'forwarded') AND c.due_on <= ?")
                       .arg(CaseDeadline::warningWindowSql(QStringLiteral("c."))) +
                   p.acceptedBy);
    if (const Status s = exec(counts, p.withDay({p.dayText, p.dayText, p.soonText})); !s)
        return s;
    if (counts.next()) {
        due.overdueCount = counts.value(0).toInt();
        due.dueSoonCount = counts.value(1).toInt();
    }
    return success();
}

// Still running now: listed earliest due first, up to the limit per status and list.
Status listRunning(const QSqlDatabase &db, const DuePeriod &p, DueLists &lists)
{
    for (const char *status : {"accepted", "forwarded"}) {
        for (const bool late : {true, false}) {
            QSqlQuery list(db);
            list.setForwardOnly(true);
            list.prepare(QStringLiteral("SELECT %1 FROM service_case c WHERE c.status = ? AND %2")
                             .arg(QLatin1String(kColumns),
                                  late ? QStringLiteral("c.due_on < ?")
                                       : QStringLiteral("c.due_on >= ? AND c.due_on <= ? AND ") +
                                             CaseDeadline::warningWindowSql(QStringLiteral("c."))) +
                         p.acceptedBy + QStringLiteral(" ORDER BY c.due_on, c.case_no LIMIT ?"));
            QVariantList values{QLatin1String(status), p.dayText};
            if (!late)
                values.append(p.soonText);
            values = p.withDay(values);
            values.append(DueCases::ListLimit);
            if (const Status s = exec(list, values); !s)
                return s;
            while (list.next())
                (late ? lists.overdue : lists.dueSoon).append(readCase(list));
        }
    }
    return success();
}

// Completed only after the day: open at its end, so counted and listed as it stood then.
Status addCompletedLater(const QSqlDatabase &db, const DuePeriod &p, DueCases &due, DueLists &lists)
{
    const LocalDay local(p.day);
    QSqlQuery later(db);
    later.setForwardOnly(true);
    later.prepare(QStringLiteral("SELECT %1 FROM report_fact f "
                                 "JOIN service_case c ON c.case_no = f.case_no "
                                 "WHERE f.type = 'case.completed' AND f.at >= ? "
                                 "AND c.due_on <= ? AND c.accepted_on <= ?")
                      .arg(QLatin1String(kColumns)));
    if (const Status s = exec(later, {local.end(), p.soonText, p.dayText}); !s)
        return s;
    QSet<QString> seen;
    while (later.next()) {
        DueCase c = readCase(later);
        if (!c.dueOn.isValid() || seen.contains(c.caseNo))
            continue;
        seen.insert(c.caseNo);
        if (c.dueOn < p.day) {
            ++due.overdueCount;
            lists.overdue.append(c);
        } else if (CaseDeadline::hasWarningWindow(c.mode)) {
            ++due.dueSoonCount;
            lists.dueSoon.append(c);
        }
    }
    return success();
}

// Earliest due first, cut to the list limit, with the working days left of each.
QList<DueCase> finished(QList<DueCase> list, const WorkingCalendar &calendar, QDate day)
{
    std::sort(list.begin(), list.end(), earlier);
    if (list.size() > DueCases::ListLimit)
        list.resize(DueCases::ListLimit);
    for (DueCase &c : list)
        c.workingDaysLeft = calendar.workingDaysBetween(day, c.dueOn);
    return list;
}

} // namespace

Result<DueCases> DueCaseReader::read(const QSqlDatabase &db, QDate day)
{
    const WorkingCalendar calendar = HolidayCalendar::load(db);
    const DuePeriod period(calendar, day);
    DueCases due;
    DueLists lists;
    if (const Status s = countRunning(db, period, due); !s)
        return s.error();
    if (const Status s = listRunning(db, period, lists); !s)
        return s.error();
    if (const Status s = addCompletedLater(db, period, due, lists); !s)
        return s.error();
    due.overdue = finished(lists.overdue, calendar, day);
    due.dueSoon = finished(lists.dueSoon, calendar, day);
    return due;
}
