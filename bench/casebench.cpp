// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casebench.h"

#include "core/cases/casedeadline.h"
#include "core/cases/caseservice.h"
#include "core/common/businessday.h"
#include "core/common/holidaycalendar.h"
#include "core/master/masterdata.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/writetransaction.h"
#include "demo/demoseeder.h"
#include "models/caselistmodel.h"
#include "rawbaseline.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <functional>
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

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

std::unique_ptr<Database> open(const QString &dataDir)
{
    Database::Options options;
    options.create = false;
    options.integrityCheck = false; // as the counter app opens
    Result<std::unique_ptr<Database>> db =
        Database::open(DataLocation::databasePath(dataDir), options);
    if (!db) {
        QTextStream(stderr) << db.error().english() << Qt::endl;
        return nullptr;
    }
    return db.take();
}

Session clerk()
{
    Session s;
    s.staffNo = QStringLiteral("1001");
    s.name = QStringLiteral("张丽");
    s.role = Role::Clerk;
    s.window = QStringLiteral("W01");
    return s;
}

// What a case list screen shows: the model built with its filter (the first page read),
// then every column of the rows that fit on the screen (about 30).
double openList(Database &db, const CaseFilter &filter, int *rows)
{
    QElapsedTimer t;
    t.start();
    CaseListModel model(db);
    if (filter.status != CaseFilter().status || filter.due != CaseFilter::Due::Any || filter.kind ||
        !filter.windowCode.isEmpty() || !filter.itemCode.isEmpty() || !filter.clerk.isEmpty() ||
        !filter.customerId.isEmpty() || !filter.caseNoPrefix.isEmpty() ||
        filter.order != CaseFilter().order)
        model.setFilter(filter);
    const int shown = std::min(30, model.rowCount());
    for (int r = 0; r < shown; ++r) {
        for (int c = 0; c < CaseListModel::ColumnCount; ++c) {
            model.index(r, c).data();
            model.index(r, c).data(Qt::BackgroundRole);
        }
    }
    *rows = model.rowCount();
    return msSince(t);
}

QString anyValue(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

int caseListBench(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    QElapsedTimer opening;
    opening.start();
    std::unique_ptr<Database> db = open(dataDir);
    if (!db)
        return 1;
    out() << "open the database (migrations included): " << ms(msSince(opening)) << " ms"
          << Qt::endl;
    QSqlQuery count = db->query();
    count.exec(QStringLiteral("SELECT max(rowid) FROM service_case"));
    out() << "cases: about " << (count.next() ? count.value(0).toLongLong() : 0) << Qt::endl;

    const QString window = anyValue(*db, QStringLiteral("SELECT code FROM service_window "
                                                        "WHERE code = 'W03'"));
    const QString customer =
        anyValue(*db, QStringLiteral("SELECT customer_id FROM service_case WHERE rowid = (SELECT "
                                     "max(rowid) / 2 FROM service_case)"));
    const QString someCase =
        anyValue(*db, QStringLiteral("SELECT case_no FROM service_case WHERE rowid = (SELECT "
                                     "max(rowid) / 3 FROM service_case)"));

    struct Variant
    {
        const char *name;
        std::function<void(CaseFilter &)> set;
    };
    const auto byDue = [](CaseFilter &f) { f.order = CaseFilter::Order::DueDate; };
    const QList<Variant> variants = {
        {"open cases by due date (the page's default)",
         [&](CaseFilter &f) {
             f.status = CaseFilter::openStatus();
             byDue(f);
         }},
        {"all cases, newest first", [](CaseFilter &) {}},
        {"completed, newest first", [](CaseFilter &f) { f.status = QStringLiteral("completed"); }},
        {"due soon or overdue",
         [&](CaseFilter &f) {
             f.due = CaseFilter::Due::Warnings;
             byDue(f);
         }},
        {"overdue at window W03",
         [&](CaseFilter &f) {
             f.due = CaseFilter::Due::Overdue;
             f.windowCode = window;
             byDue(f);
         }},
        {"open at window W03",
         [&](CaseFilter &f) {
             f.status = CaseFilter::openStatus();
             f.windowCode = window;
             byDue(f);
         }},
        {"window W03, newest first", [&](CaseFilter &f) { f.windowCode = window; }},
        {"matter G024, newest first", [](CaseFilter &f) { f.itemCode = QStringLiteral("G024"); }},
        {"first responder 1002, newest first",
         [](CaseFilter &f) { f.clerk = QStringLiteral("1002"); }},
        {"complaints", [](CaseFilter &f) { f.kind = CaseKind::Complaint; }},
        {"one customer's cases", [&](CaseFilter &f) { f.customerId = customer; }},
        {"case number prefix", [&](CaseFilter &f) { f.caseNoPrefix = someCase.left(20); }},
    };
    for (const Variant &v : variants) {
        CaseFilter filter;
        v.set(filter);
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < runs; ++i)
            times.append(openList(*db, filter, &rows));
        out() << "case list, " << v.name << ": first " << ms(times.first()) << " ms, median "
              << ms(percentile(times, 0.5)) << " ms, max " << ms(percentile(times, 1.0)) << " ms ("
              << rows << " rows in the first page)" << Qt::endl;
    }

    QList<double> counts;
    CaseDeadline::Counts c;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const WorkingCalendar calendar = HolidayCalendar::load(db->connection());
        c = CaseDeadline::count(db->connection(), BusinessDay::today(), calendar).value();
        counts.append(msSince(t));
    }
    out() << "status bar count (" << c.dueSoon << " due soon, " << c.overdue << " overdue): median "
          << ms(percentile(counts, 0.5)) << " ms" << Qt::endl;

    QList<double> histories;
    QRandomGenerator random(7);
    const qint64 maxRow =
        anyValue(*db, QStringLiteral("SELECT max(rowid) FROM service_case")).toLongLong();
    CaseService cases(*db);
    for (int i = 0; i < 200; ++i) {
        const QString no =
            anyValue(*db, QStringLiteral("SELECT case_no FROM service_case WHERE rowid = %1")
                              .arg(1 + random.bounded(maxRow)));
        QElapsedTimer t;
        t.start();
        const Result<QList<Event>> h = cases.history(no);
        histories.append(msSince(t));
        if (!h || h->isEmpty()) {
            out() << "history of " << no << " is empty" << Qt::endl;
            return 1;
        }
    }
    out() << "a case's history (200 random cases): median " << ms(percentile(histories, 0.5))
          << " ms, p95 " << ms(percentile(histories, 0.95)) << " ms, max "
          << ms(percentile(histories, 1.0)) << " ms" << Qt::endl;
    return 0;
}

int acceptBench(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    const int count = option(args, QStringLiteral("--count"), QStringLiteral("2000")).toInt();
    std::unique_ptr<Database> db = open(dataDir);
    if (!db)
        return 1;
    RawBaseline raw(QStringLiteral("bench_raw_case"));
    if (!raw.open(db->path())) {
        QTextStream(stderr) << "cannot open the raw sqlite3 connection" << Qt::endl;
        return 1;
    }
    // The cases to accept: registered first (not timed), for random existing customers,
    // with every material and a valid form, as the counter registers them.
    const Result<CatalogueItem> item = MasterData::item(db->connection(), QStringLiteral("G013"));
    if (!item) {
        QTextStream(stderr) << item.error().english() << Qt::endl;
        return 1;
    }
    NewCase c;
    c.itemCode = item->code;
    c.windowCode = item->windowCode;
    c.materialsReceived = item->materials;
    const DemoSeeder::Person someone = DemoSeeder::person(4100000000ULL);
    for (const FormField &f : item->fields) {
        if (!f.required)
            continue;
        if (f.type == QLatin1String("choice"))
            c.formData.insert(f.key, f.options.value(0));
        else if (f.type == QLatin1String("number"))
            c.formData.insert(f.key, 2);
        else if (f.type == QLatin1String("date"))
            c.formData.insert(f.key, QStringLiteral("1940-05-01"));
        else if (f.type == QLatin1String("id_number"))
            c.formData.insert(f.key, someone.idNumber);
        else if (f.type == QLatin1String("phone"))
            c.formData.insert(f.key, someone.phone);
        else
            c.formData.insert(f.key, QStringLiteral("见申请材料"));
    }
    const qint64 customers =
        anyValue(*db, QStringLiteral("SELECT max(rowid) FROM customer")).toLongLong();
    QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
    CaseService cases(*db);
    QStringList registered;
    {
        WriteTransaction tx(*db);
        for (int i = 0; i < count; ++i) {
            c.customerId = anyValue(*db, QStringLiteral("SELECT customer_id FROM customer WHERE "
                                                        "rowid = %1")
                                             .arg(1 + random.bounded(customers)));
            const Result<QString> no = cases.registerCase(tx, clerk(), c);
            if (!no) {
                QTextStream(stderr) << no.error().english() << Qt::endl;
                return 1;
            }
            registered.append(no.value());
        }
        if (!tx.commit()) {
            QTextStream(stderr) << "the registrations could not be committed" << Qt::endl;
            return 1;
        }
    }
    QList<double> accept;
    QList<double> baseline;
    QByteArray bytes;
    for (int i = 0; i < registered.size(); ++i) {
        const auto runAccept = [&] {
            QElapsedTimer t;
            t.start();
            const Result<CaseAcceptance> a = cases.accept(clerk(), registered.at(i));
            const double took = msSince(t);
            if (a) {
                accept.append(took);
                bytes = RawBaseline::writtenBytes(
                    *db, {QStringLiteral("SELECT * FROM service_case WHERE case_no = ?")},
                    registered.at(i));
            }
        };
        const auto runRaw = [&] {
            QElapsedTimer t;
            t.start();
            if (raw.insert(bytes.isEmpty() ? QByteArray(900, 'x') : bytes))
                baseline.append(msSince(t));
        };
        // Interleaved, alternating which goes first, so both see the same disk state.
        if (i % 2 == 0) {
            runAccept();
            runRaw();
        } else {
            runRaw();
            runAccept();
        }
    }
    const double acceptMedian = percentile(accept, 0.5);
    const double rawMedian = percentile(baseline, 0.5);
    out() << "accept a case (state machine, due date from the calendar, case row, event; "
             "synchronous=FULL), "
          << accept.size() << " runs: median " << ms(acceptMedian) << " ms, p95 "
          << ms(percentile(accept, 0.95)) << " ms" << Qt::endl;
    out() << "raw sqlite3 INSERT+COMMIT of the same bytes (" << bytes.size() << " bytes), "
          << baseline.size() << " runs: median " << ms(rawMedian) << " ms, p95 "
          << ms(percentile(baseline, 0.95)) << " ms" << Qt::endl;
    out() << "accept: ratio of medians " << QString::number(acceptMedian / rawMedian, 'f', 2)
          << " (target <= 2), ratio of p95 "
          << QString::number(percentile(accept, 0.95) / percentile(baseline, 0.95), 'f', 2)
          << Qt::endl;
    return 0;
}
