// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbench.h"

#include "core/common/clock.h"
#include "core/common/holidaycalendar.h"
#include "core/reports/reportengine.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/writetransaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <ctime>
#include <memory>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

std::unique_ptr<Database> open(const QString &dataDir)
{
    Database::Options options;
    options.create = false;
    options.integrityCheck = false;
    Result<std::unique_ptr<Database>> db =
        Database::open(DataLocation::databasePath(dataDir), options);
    if (!db) {
        out() << db.error().english() << Qt::endl;
        return nullptr;
    }
    return db.take();
}

// One event of the busy day, appended in time order.
struct Pending
{
    QDateTime at;
    QString type;
    QString staff;
    QJsonObject data;
};

struct Item
{
    QString code;
    QString window;
    QString mode;
    int limitDays = 0;
};

struct Fee
{
    QString code;
    qint64 amountFen = 0;
};

QDateTime local(QDate day, qint64 msecsAfterMidnight)
{
    return day.startOfDay().addMSecs(msecsAfterMidnight).toUTC();
}

// Writes one busy day; returns the number of events or -1.
qint64 seedDay(Database &db, QDate day, int count, QRandomGenerator &random)
{
    QSqlQuery q = db.query();
    QList<Item> items;
    q.exec(QStringLiteral("SELECT code, ifnull(window_code, ''), mode, limit_days FROM "
                          "catalogue_item WHERE active = 1"));
    while (q.next())
        items.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toInt()});
    QList<Fee> fees;
    q.exec(QStringLiteral("SELECT code, amount_fen FROM fee_item WHERE active = 1"));
    while (q.next())
        fees.append({q.value(0).toString(), q.value(1).toLongLong()});
    QStringList customers;
    q.exec(QStringLiteral("SELECT customer_id FROM customer ORDER BY rowid LIMIT 20000"));
    while (q.next())
        customers.append(q.value(0).toString());
    if (items.isEmpty() || fees.isEmpty() || customers.isEmpty()) {
        out() << "seed the branch first (halldesk_bench seed)" << Qt::endl;
        return -1;
    }
    // Twenty clerks at five windows, as a busy county hall has.
    QStringList clerks;
    for (int i = 0; i < 20; ++i) {
        const QString no = QStringLiteral("11%1").arg(i, 2, 10, QLatin1Char('0'));
        clerks.append(no);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO staff (staff_no, name, role, "
                                 "password_hash, created_at, updated_at) "
                                 "VALUES (?, ?, 'clerk', 'x', ?, ?)"));
        for (const QVariant &v : {QVariant(no), QVariant(QStringLiteral("营业员%1").arg(i + 1)),
                                  QVariant(Clock::nowStamp()), QVariant(Clock::nowStamp())})
            q.addBindValue(v);
        q.exec();
    }
    const QStringList windows = {QStringLiteral("W01"), QStringLiteral("W02"),
                                 QStringLiteral("W03"), QStringLiteral("W04"),
                                 QStringLiteral("W05")};
    const WorkingCalendar calendar = HolidayCalendar::load(db.connection());
    const QString branch = DeviceIdentity::load(db.connection()).branchCode;
    const QString ymd = day.toString(QStringLiteral("yyyyMMdd"));
    const QString dayText = day.toString(Qt::ISODate);
    constexpr qint64 open = 8 * 3600 * 1000 + 30 * 60 * 1000;
    constexpr qint64 hours = 9 * 3600 * 1000;
    const auto when = [&](int i) { return open + hours * i / count + random.bounded(60000); };

    QList<Pending> events;
    events.reserve(count * 8);
    struct CaseRow
    {
        QString no, item, customer, window, staff, status, mode, dueOn, completedOn;
        int limit = 0;
        bool onTime = true;
        QDateTime at;
    };
    QList<CaseRow> cases;
    for (int i = 0; i < count; ++i) {
        const QString &staff = clerks.at(i % clerks.size());
        const QString &window = windows.at((i % clerks.size()) / 4);
        const qint64 t = when(i);

        // A case: registered; accepted (95 %), then completed on the spot when immediate;
        // refused (3 %); 1 % are complaints.
        const Item &item = items.at(random.bounded(int(items.size())));
        CaseRow c;
        c.no = QStringLiteral("CS%1-%2-B1-%3").arg(branch, ymd).arg(i + 1, 5, 10, QLatin1Char('0'));
        c.item = item.code;
        c.customer = customers.at(random.bounded(int(customers.size())));
        c.window = window;
        c.staff = staff;
        c.at = local(day, t);
        c.status = QStringLiteral("registered");
        const bool complaint = random.bounded(100) == 0;
        QJsonObject registered{{QStringLiteral("case_no"), c.no},
                               {QStringLiteral("item_code"), c.item},
                               {QStringLiteral("customer_id"), c.customer},
                               {QStringLiteral("channel"), QStringLiteral("visit")},
                               {QStringLiteral("first_responder"), staff},
                               {QStringLiteral("window"), window},
                               {QStringLiteral("business_day"), dayText}};
        if (complaint)
            registered.insert(QStringLiteral("kind"), QStringLiteral("complaint"));
        events.append({c.at, QStringLiteral("case.registered"), staff, registered});
        const int fate = random.bounded(100);
        if (fate < 3) {
            c.status = QStringLiteral("refused");
            events.append({c.at.addSecs(120),
                           QStringLiteral("case.refused"),
                           staff,
                           {{QStringLiteral("case_no"), c.no},
                            {QStringLiteral("reason"), QStringLiteral("材料不符合要求")}}});
        } else if (fate < 98) {
            c.mode = item.mode;
            c.limit = item.limitDays;
            c.dueOn = (item.mode == QLatin1String("immediate")
                           ? day
                           : calendar.addWorkingDays(day, item.limitDays))
                          .toString(Qt::ISODate);
            c.status = QStringLiteral("accepted");
            events.append({c.at.addSecs(60),
                           QStringLiteral("case.accepted"),
                           staff,
                           {{QStringLiteral("case_no"), c.no},
                            {QStringLiteral("mode"), c.mode},
                            {QStringLiteral("accepted_on"), dayText},
                            {QStringLiteral("due_on"), c.dueOn},
                            {QStringLiteral("limit_days"), c.limit}}});
            if (item.mode == QLatin1String("immediate")) {
                c.status = QStringLiteral("completed");
                c.completedOn = dayText;
                events.append({c.at.addSecs(600),
                               QStringLiteral("case.completed"),
                               staff,
                               {{QStringLiteral("case_no"), c.no},
                                {QStringLiteral("completed_on"), dayText},
                                {QStringLiteral("on_time"), true}}});
                if (random.bounded(100) < 20) {
                    events.append({c.at.addSecs(660),
                                   QStringLiteral("case.rated"),
                                   staff,
                                   {{QStringLiteral("case_no"), c.no},
                                    {QStringLiteral("score"), 3 + random.bounded(3)}}});
                }
            }
        }
        cases.append(c);

        // A payment of one to three fee lines; a few voided or refunded.
        const QString receipt =
            QStringLiteral("RC%1-%2-B1-%3").arg(branch, ymd).arg(i + 1, 5, 10, QLatin1Char('0'));
        QJsonArray lines;
        qint64 amount = 0;
        for (int n = 1 + random.bounded(3); n > 0; --n) {
            const Fee &fee = fees.at(random.bounded(int(fees.size())));
            const int qty = 1 + random.bounded(2);
            lines.append(QJsonObject{{QStringLiteral("fee_code"), fee.code},
                                     {QStringLiteral("qty"), qty},
                                     {QStringLiteral("amount_fen"), fee.amountFen * qty}});
            amount += fee.amountFen * qty;
        }
        const int m = random.bounded(100);
        const QString method = m < 50   ? QStringLiteral("cash")
                               : m < 85 ? QStringLiteral("qr")
                               : m < 97 ? QStringLiteral("card")
                                        : QStringLiteral("waiver");
        const QDateTime paid = local(day, t + 15 * 60 * 1000);
        events.append({paid,
                       QStringLiteral("payment.taken"),
                       staff,
                       {{QStringLiteral("receipt_no"), receipt},
                        {QStringLiteral("case_no"), c.no},
                        {QStringLiteral("amount_fen"), amount},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("shift_id"), QStringLiteral("S-%1-%2").arg(ymd, staff)},
                        {QStringLiteral("items"), lines}}});
        const int correction = random.bounded(1000);
        if (correction < 5) {
            events.append({paid.addSecs(300),
                           QStringLiteral("payment.voided"),
                           staff,
                           {{QStringLiteral("receipt_no"), receipt},
                            {QStringLiteral("reason"), QStringLiteral("金额录错")},
                            {QStringLiteral("approved_by"), QStringLiteral("2001")}}});
        } else if (correction < 7) {
            events.append({paid.addSecs(600),
                           QStringLiteral("payment.refunded"),
                           staff,
                           {{QStringLiteral("receipt_no"), receipt},
                            {QStringLiteral("amount_fen"), amount / 2},
                            {QStringLiteral("reason"), QStringLiteral("多收")},
                            {QStringLiteral("approved_by"), QStringLiteral("2001")}}});
        }

        // A ticket: issued, called after 0-20 minutes, served in 2-15 minutes (3 % no-show,
        // 2 % transferred), rated four times in ten.
        const QString ticket = QStringLiteral("%1%2")
                                   .arg(QChar(u'A' + (i % 5)))
                                   .arg(i / 5 + 1, 4, 10, QLatin1Char('0'));
        const QDateTime issued = local(day, t - 5 * 60 * 1000);
        const QDateTime called = issued.addMSecs(random.bounded(20 * 60 * 1000));
        const int outcome = random.bounded(100);
        const QDateTime finished =
            called.addMSecs(outcome < 5 ? 60000 : 120000 + random.bounded(13 * 60 * 1000));
        events.append({issued,
                       QStringLiteral("ticket.issued"),
                       QString(),
                       {{QStringLiteral("ticket_no"), ticket},
                        {QStringLiteral("category"), QString(ticket.front())},
                        {QStringLiteral("priority"), 0},
                        {QStringLiteral("issued_at"), Clock::stamp(issued)}}});
        events.append({called,
                       QStringLiteral("ticket.called"),
                       staff,
                       {{QStringLiteral("ticket_no"), ticket},
                        {QStringLiteral("window"), window},
                        {QStringLiteral("staff"), staff},
                        {QStringLiteral("called_at"), Clock::stamp(called)}}});
        events.append({finished,
                       QStringLiteral("ticket.finished"),
                       staff,
                       {{QStringLiteral("ticket_no"), ticket},
                        {QStringLiteral("outcome"), outcome < 3   ? QStringLiteral("no_show")
                                                    : outcome < 5 ? QStringLiteral("transferred")
                                                                  : QStringLiteral("served")},
                        {QStringLiteral("finished_at"), Clock::stamp(finished)},
                        {QStringLiteral("case_nos"), QJsonArray{c.no}}}});
        if (outcome >= 5 && random.bounded(10) < 4) {
            const int r = random.bounded(100);
            events.append({finished.addSecs(20),
                           QStringLiteral("ticket.rated"),
                           staff,
                           {{QStringLiteral("ticket_no"), ticket},
                            {QStringLiteral("score"), r < 60   ? 5
                                                      : r < 85 ? 4
                                                      : r < 95 ? 3
                                                      : r < 98 ? 2
                                                               : 1}}});
        }
    }
    for (const QString &staff : clerks) {
        const QString shift = QStringLiteral("S-%1-%2").arg(ymd, staff);
        events.append({local(day, 8 * 3600 * 1000),
                       QStringLiteral("shift.opened"),
                       staff,
                       {{QStringLiteral("shift_id"), shift},
                        {QStringLiteral("window"), windows.at(clerks.indexOf(staff) / 4)},
                        {QStringLiteral("float_fen"), 50000}}});
        const qint64 variance = random.bounded(5) == 0 ? -100 * random.bounded(5) : 0;
        events.append({local(day, 18 * 3600 * 1000),
                       QStringLiteral("shift.closed"),
                       staff,
                       {{QStringLiteral("shift_id"), shift},
                        {QStringLiteral("expected_cash_fen"), 500000},
                        {QStringLiteral("counted_cash_fen"), 500000 + variance},
                        {QStringLiteral("variance_fen"), variance}}});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Pending &a, const Pending &b) { return a.at < b.at; });

    // 2,000 events per transaction, as the demo seeder writes; case rows with them.
    qint64 written = 0;
    int nextCase = 0;
    while (written < events.size()) {
        WriteTransaction tx(db);
        if (!tx.begun()) {
            out() << tx.begun().error().english() << Qt::endl;
            return -1;
        }
        QSqlQuery insert = tx.prepare(QStringLiteral(
            "INSERT INTO service_case (case_no, item_code, customer_id, channel, "
            "first_responder, window_code, status, mode, accepted_on, due_on, limit_days, "
            "completed_on, on_time, business_day, created_at, updated_at) "
            "VALUES (?, ?, ?, 'visit', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const qint64 end = std::min<qint64>(events.size(), written + 2000);
        for (; written < end; ++written) {
            const Pending &e = events.at(written);
            Clock::setFixed(e.at);
            if (e.type == QLatin1String("case.registered")) {
                const CaseRow &c = cases.at(nextCase++);
                const bool accepted = !c.mode.isEmpty();
                for (const QVariant &v :
                     {QVariant(c.no), QVariant(c.item), QVariant(c.customer), QVariant(c.staff),
                      QVariant(c.window), QVariant(c.status),
                      accepted ? QVariant(c.mode) : QVariant(),
                      accepted ? QVariant(dayText) : QVariant(),
                      accepted ? QVariant(c.dueOn) : QVariant(),
                      accepted ? QVariant(c.limit) : QVariant(),
                      c.completedOn.isEmpty() ? QVariant() : QVariant(c.completedOn),
                      c.completedOn.isEmpty() ? QVariant() : QVariant(1), QVariant(dayText),
                      QVariant(Clock::stamp(c.at)), QVariant(Clock::stamp(c.at))})
                    insert.addBindValue(v);
                if (!tx.exec(insert)) {
                    out() << "case row: " << insert.lastError().text() << Qt::endl;
                    return -1;
                }
            }
            if (const Result<Event> r = tx.append(e.type, e.staff, e.data); !r) {
                out() << r.error().english() << Qt::endl;
                return -1;
            }
        }
        if (const Status s = tx.commit(); !s) {
            out() << s.error().english() << Qt::endl;
            return -1;
        }
    }
    Clock::reset();
    return written;
}

} // namespace

int reportSeedBench(const QStringList &args)
{
    std::unique_ptr<Database> db = open(option(args, QStringLiteral("--data-dir")));
    if (!db)
        return 1;
    const QDate day = QDate::fromString(option(args, QStringLiteral("--day")), Qt::ISODate);
    const int count = option(args, QStringLiteral("--count"), QStringLiteral("10000")).toInt();
    if (!day.isValid() || count <= 0) {
        out() << "report-seed needs --day YYYY-MM-DD (and --count N > 0)" << Qt::endl;
        return 2;
    }
    QList<QDate> days{day};
    if (args.contains(QStringLiteral("--month"))) {
        days.clear();
        const WorkingCalendar calendar = HolidayCalendar::load(db->connection());
        for (QDate d(day.year(), day.month(), 1); d <= day; d = d.addDays(1)) {
            if (calendar.isWorkingDay(d))
                days.append(d);
        }
    }
    QRandomGenerator random(20261123);
    for (const QDate d : days) {
        QElapsedTimer timer;
        timer.start();
        const qint64 events = seedDay(*db, d, count, random);
        if (events < 0)
            return 1;
        out() << d.toString(Qt::ISODate) << ": " << count << " cases, payments and tickets, "
              << events << " events in " << QString::number(timer.elapsed() / 1000.0, 'f', 1)
              << " s" << Qt::endl;
    }
    return 0;
}

int reportBench(const QStringList &args)
{
    std::unique_ptr<Database> db = open(option(args, QStringLiteral("--data-dir")));
    if (!db)
        return 1;
    const QDate day = QDate::fromString(option(args, QStringLiteral("--day")), Qt::ISODate);
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    if (!day.isValid() || runs <= 0) {
        out() << "report needs --day YYYY-MM-DD" << Qt::endl;
        return 2;
    }
    const ReportEngine engine(*db);
    const Session console = Session::forConsole();
    // Wall time, and the process's CPU time beside it: on a machine shared with other work
    // the wall time also counts the waits for a core.
    const auto time = [&](const char *name, auto compute, auto describe) {
        QList<double> ms;
        QList<double> cpu;
        QString what;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            const Result<Report> r = compute();
            cpu.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            if (!r) {
                out() << name << ": " << r.error().english() << Qt::endl;
                return;
            }
            what = describe(r.value());
        }
        const double first = ms.first();
        std::sort(ms.begin(), ms.end());
        std::sort(cpu.begin(), cpu.end());
        out() << name << ": first " << QString::number(first, 'f', 1) << " ms, median "
              << QString::number(ms.at(ms.size() / 2), 'f', 1) << " ms, max "
              << QString::number(ms.last(), 'f', 1) << " ms; CPU median "
              << QString::number(cpu.at(cpu.size() / 2), 'f', 1) << " ms (" << runs << " runs; "
              << what << ")" << Qt::endl;
    };
    const auto describe = [](const Report &r) {
        return QStringLiteral("%1 cases registered, %2 payments, %3 tickets, %4 overdue listed")
            .arg(r.figures.cases.registered)
            .arg(r.figures.money.payments)
            .arg(r.figures.queue.issued)
            .arg(r.due.overdueCount);
    };
    time(
        "daily", [&]() { return engine.daily(console, day); }, describe);
    time(
        "monthly", [&]() { return engine.monthly(console, day); }, describe);
    return 0;
}
