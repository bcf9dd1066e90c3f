// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportengine.h"

#include "core/cases/duecasereader.h"
#include "core/common/clock.h"
#include "core/common/localday.h"
#include "core/queue/callbackreader.h"
#include "core/reports/dayfiguresreader.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/deviceidentity.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QHash<QString, QString> names(const QSqlDatabase &db, const char *sql)
{
    QHash<QString, QString> map;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QLatin1String(sql))) {
        while (q.next())
            map.insert(q.value(0).toString(), q.value(1).toString());
    }
    return map;
}

QString generatedBy(const Session &session)
{
    if (!session.console)
        return QStringLiteral("%1 %2").arg(session.staffNo, session.name).trimmed();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("halldeskctl")
                          : QStringLiteral("halldeskctl (%1)").arg(user);
}

// A read transaction: every query of the report sees the database as it was at its start.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)), m_open(m_db.transaction()) {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace

// Counts the steps done, tells Control, and asks it whether to go on.
class ReportEngine::Progress
{
public:
    Progress(const Control &control, int total) : m_control(control), m_total(total)
    {
        if (m_control.progress)
            m_control.progress(0, m_total);
    }

    // False when the caller cancelled.
    bool step()
    {
        ++m_done;
        if (m_control.progress)
            m_control.progress(m_done, m_total);
        return !(m_control.cancelled && m_control.cancelled());
    }

private:
    const Control &m_control;
    int m_total;
    int m_done = 0;
};

Result<Report> ReportEngine::daily(const Session &session, QDate day, const Control &control) const
{
    return compute(session, Report::Kind::Daily, day, day, control);
}

Result<Report> ReportEngine::monthly(const Session &session, QDate month,
                                     const Control &control) const
{
    if (!month.isValid())
        return compute(session, Report::Kind::Monthly, month, month, control);
    const QDate first(month.year(), month.month(), 1);
    QDate last = first.addMonths(1).addDays(-1);
    const QDate today = Clock::today();
    if (first <= today && last > today)
        last = today;
    return compute(session, Report::Kind::Monthly, first, last, control);
}

Result<Report> ReportEngine::compute(const Session &session, Report::Kind kind, QDate first,
                                     QDate last, const Control &control) const
{
    if (const Status s = validate(session, first, last); !s)
        return s.error();
    const QSqlDatabase db = m_db.connection();
    const ReadSnapshot snapshot(db);

    Report report = heading(db, session, kind, first, last);
    const bool daily = kind == Report::Kind::Daily;
    const int dayCount = int(first.daysTo(last)) + 1;
    Progress progress(control, dayCount * DayFiguresReader::Parts + (daily ? 2 : 1));
    if (const Status s = readDays(db, report, progress); !s)
        return s.error();
    if (daily) {
        if (const Status s = readDayState(db, report); !s)
            return s.error();
        if (!progress.step())
            return DayFiguresReader::cancelled();
    }
    Result<CallbackFigures> callbacks = CallbackReader::read(db, first, last, daily);
    if (!callbacks)
        return callbacks.error();
    report.callbacks = callbacks.take();
    if (!progress.step())
        return DayFiguresReader::cancelled();
    return report;
}

Status ReportEngine::validate(const Session &session, QDate first, QDate last)
{
    if (const Status s = session.require(Permission::ViewReports); !s)
        return s;
    if (!first.isValid() || !last.isValid()) {
        return Error(QStringLiteral("report.bad_date"),
                     QT_TRANSLATE_NOOP("Error", "Choose a valid date for the report (YYYY-MM-DD, "
                                                "or YYYY-MM for a month)."));
    }
    if (first > Clock::today()) {
        return Error(QStringLiteral("report.future"),
                     QT_TRANSLATE_NOOP("Error", "The report's period starts on %1, which has "
                                                "not begun yet. Choose today or an earlier "
                                                "date."),
                     {first.toString(Qt::ISODate)});
    }
    return success();
}

// The period, who asked and when, the branch, and the names codes are shown by.
Report ReportEngine::heading(const QSqlDatabase &db, const Session &session, Report::Kind kind,
                             QDate first, QDate last)
{
    Report report;
    report.kind = kind;
    report.first = first;
    report.last = last;
    report.generatedAt = Clock::nowUtc();
    report.generatedBy = generatedBy(session);
    report.chainHead = ChainAnchor::current(db);
    const DeviceIdentity identity = DeviceIdentity::load(db);
    report.branchCode = identity.branchCode;
    report.branchName = identity.branchName;
    report.names.items = names(db, "SELECT code, name FROM catalogue_item");
    report.names.windows = names(db, "SELECT code, name FROM service_window");
    report.names.staff = names(db, "SELECT staff_no, name FROM staff");
    report.names.fees = names(db, "SELECT code, name FROM fee_item");
    return report;
}

// The period's figures, one local day at a time (and, monthly, each day's own line).
Status ReportEngine::readDays(const QSqlDatabase &db, Report &report, Progress &progress)
{
    const bool daily = report.kind == Report::Kind::Daily;
    DayFiguresReader reader(db);
    const auto step = [&progress]() { return progress.step(); };
    for (QDate d = report.first; d <= report.last; d = d.addDays(1)) {
        Result<PeriodFigures> day = reader.read(LocalDay(d), step);
        if (!day)
            return day.error();
        if (!daily) {
            DayTrend t;
            t.day = d;
            t.cases = day->cases;
            t.money = day->money;
            t.queue = day->queue;
            t.ratings = day->ratings;
            t.complaints = int(day->complaints.size());
            report.days.append(t);
        }
        report.figures.add(day.value());
    }
    return success();
}

// Daily: whether the day is closed, and the open cases overdue or due soon.
Status ReportEngine::readDayState(const QSqlDatabase &db, Report &report)
{
    QSqlQuery closed(db);
    closed.prepare(QStringLiteral("SELECT closed_at, closed_by FROM business_day WHERE day = ?"));
    closed.addBindValue(report.first.toString(Qt::ISODate));
    if (!closed.exec())
        return Database::errorFrom(closed.lastError());
    if (closed.next()) {
        report.dayClosed = true;
        report.closedAt = closed.value(0).toString();
        report.closedBy = closed.value(1).toString();
    }
    Result<DueCases> due = DueCaseReader::read(db, report.first);
    if (!due)
        return due.error();
    report.due = due.take();
    return success();
}
