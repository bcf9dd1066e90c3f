#include "duecasereader.h"

#include "database.h"
#include "holidaycalendar.h"
#include "localday.h"

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
} // namespace

Result<DueCases> DueCaseReader::read(const QSqlDatabase &db, QDate day)
{
    const WorkingCalendar calendar = HolidayCalendar::load(db);
    const QDate soon = calendar.addWorkingDays(day, DueCases::DueSoonWorkingDays);
    const QString dayText = day.toString(Qt::ISODate);
    const QString soonText = soon.toString(Qt::ISODate);
    QList<DueCase> open;
    QSet<QString> seen;

    QSqlQuery running(db);
    running.setForwardOnly(true);
    running.prepare(QStringLiteral("SELECT %1 FROM service_case c "
                                   "WHERE c.status IN ('accepted', 'forwarded') "
                                   "AND c.due_on <= ? AND c.accepted_on <= ?")
                        .arg(QLatin1String(kColumns)));
    running.addBindValue(soonText);
    running.addBindValue(dayText);
    if (!running.exec())
        return Database::errorFrom(running.lastError());
    while (running.next()) {
        open.append(readCase(running));
        seen.insert(open.last().caseNo);
    }

    const LocalDay local(day);
    QSqlQuery later(db);
    later.setForwardOnly(true);
    later.prepare(QStringLiteral("SELECT %1 FROM event_log e "
                                 "JOIN service_case c ON c.case_no = json_extract(e.data, "
                                 "'$.case_no') "
                                 "WHERE e.type = 'case.completed' AND e.at >= ? "
                                 "AND c.due_on <= ? AND c.accepted_on <= ?")
                      .arg(QLatin1String(kColumns)));
    later.addBindValue(local.end());
    later.addBindValue(soonText);
    later.addBindValue(dayText);
    if (!later.exec())
        return Database::errorFrom(later.lastError());
    while (later.next()) {
        DueCase c = readCase(later);
        if (seen.contains(c.caseNo))
            continue;
        seen.insert(c.caseNo);
        open.append(c);
    }

    std::sort(open.begin(), open.end(), [](const DueCase &a, const DueCase &b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.caseNo < b.caseNo;
    });
    DueCases due;
    for (DueCase &c : open) {
        if (!c.dueOn.isValid())
            continue;
        c.workingDaysLeft = calendar.workingDaysBetween(day, c.dueOn);
        if (c.dueOn < day) {
            ++due.overdueCount;
            if (due.overdue.size() < DueCases::ListLimit)
                due.overdue.append(c);
        } else {
            ++due.dueSoonCount;
            if (due.dueSoon.size() < DueCases::ListLimit)
                due.dueSoon.append(c);
        }
    }
    return due;
}
