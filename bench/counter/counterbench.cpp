// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk_counterbench: the counter's figures on a large branch (bench/README.md): look-ups
// through the one search box, the customer list a page at a time, and opening a customer's
// card (services, a service's history, open cases). It reports numbers; it never fails
// because a machine is slow.

#include "core/customers/customerservice.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/sealing.h"
#include "models/customercasemodel.h"
#include "models/customerlistmodel.h"
#include "models/servicehistorymodel.h"
#include "models/subscriptionmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QString figure(double ms)
{
    return ms < 10 ? QString::number(ms, 'f', 3) : QString::number(ms, 'f', 1);
}

void line(const QString &what, const QList<double> &v, const QString &extra = {})
{
    out() << what << ": median " << figure(percentile(v, 0.5)) << " ms, p95 "
          << figure(percentile(v, 0.95)) << " ms, max " << figure(percentile(v, 1.0)) << " ms ("
          << v.size() << " runs" << (extra.isEmpty() ? QString() : QStringLiteral(", ") + extra)
          << ")" << Qt::endl;
}

std::unique_ptr<Database> openDatabase(const QString &dataDir)
{
    Database::Options options;
    options.create = false;
    options.integrityCheck = false; // as the counter app opens it
    Result<std::unique_ptr<Database>> db =
        Database::open(DataLocation::databasePath(dataDir), options);
    if (!db) {
        err() << db.error().english() << Qt::endl;
        return nullptr;
    }
    return db.take();
}

Session clerk()
{
    Session s;
    s.staffNo = QStringLiteral("1001");
    s.window = QStringLiteral("W05");
    return s;
}

struct Sample
{
    QString customerId;
    QString idNumber;
    QString phone;
    QString name;
    QString serviceNumber; // a live line, or empty
};

// Random existing customers (rowids are dense: customers are never deleted), with a line
// each where they hold one.
QList<Sample> samples(Database &db, int count)
{
    QList<Sample> list;
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.customer_id, c.id_number, c.phone, c.name, (SELECT "
                               "number FROM subscription s WHERE s.customer_id = c.customer_id "
                               "AND s.status <> 'cancelled' LIMIT 1) FROM customer c WHERE "
                               "c.rowid IN (SELECT abs(random()) % (SELECT max(rowid) FROM "
                               "customer) + 1 FROM customer LIMIT %1)")
                    .arg(count * 2))) {
        err() << q.lastError().text() << Qt::endl;
        return list;
    }
    while (q.next() && list.size() < count) {
        list.append({q.value(0).toString(),
                     Sealing::openText(db.deviceKey(), q.value(1).toString()), // stored sealed
                     q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return list;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

void describe(Database &db)
{
    out() << "database: " << scalar(db, QStringLiteral("SELECT count(*) FROM customer"))
          << " customers, " << scalar(db, QStringLiteral("SELECT count(*) FROM service_case"))
          << " cases, " << scalar(db, QStringLiteral("SELECT count(*) FROM subscription"))
          << " services" << Qt::endl;
}

int lookupBench(const QStringList &args)
{
    std::unique_ptr<Database> db = openDatabase(option(args, QStringLiteral("--data-dir")));
    if (!db)
        return 1;
    describe(*db);
    const QList<Sample> people =
        samples(*db, option(args, QStringLiteral("--count"), QStringLiteral("1000")).toInt());
    CustomerService customers(*db);
    QList<double> byId, byPhone, byLine, byName, byGiven;
    for (const Sample &s : people) {
        QElapsedTimer t;
        t.start();
        customers.search(s.idNumber, 50);
        byId.append(msSince(t));
        t.restart();
        customers.search(s.phone, 50);
        byPhone.append(msSince(t));
        if (!s.serviceNumber.isEmpty()) {
            t.restart();
            customers.search(s.serviceNumber, 50);
            byLine.append(msSince(t));
        }
        t.restart();
        customers.search(s.name, 50);
        byName.append(msSince(t));
        t.restart();
        customers.search(s.name.mid(1), 50); // the given name alone: a substring
        byGiven.append(msSince(t));
    }
    line(QStringLiteral("search box, ID number"), byId);
    line(QStringLiteral("search box, contact mobile"), byPhone);
    line(QStringLiteral("search box, service number (line held)"), byLine);
    line(QStringLiteral("search box, full name (prefix range, then substring)"), byName);
    line(QStringLiteral("search box, given name (substring)"), byGiven);
    return 0;
}

int listBench(const QStringList &args)
{
    std::unique_ptr<Database> db = openDatabase(option(args, QStringLiteral("--data-dir")));
    if (!db)
        return 1;
    describe(*db);
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("50")).toInt();
    const QList<Sample> people = samples(*db, runs);
    if (people.isEmpty()) {
        err() << "no customers: seed first" << Qt::endl;
        return 1;
    }
    QList<double> open, bySurname, nextPage;
    for (int i = 0; i < runs; ++i) {
        // Opening the counter: the newest customers, the first page.
        QElapsedTimer t;
        t.start();
        CustomerListModel model(*db, clerk());
        open.append(msSince(t));
        // A surname typed: the first page of tens of thousands of matches.
        const QString surname = people.at(i % people.size()).name.left(1);
        t.restart();
        model.setSearchText(surname);
        bySurname.append(msSince(t));
        // The clerk scrolls: each further page (OFFSET grows; 20 pages deep).
        for (int page = 0; page < 20 && model.canFetchMore(QModelIndex()); ++page) {
            t.restart();
            model.fetchMore(QModelIndex());
            nextPage.append(msSince(t));
        }
    }
    line(QStringLiteral("customer list opened (newest 50)"), open);
    line(QStringLiteral("customer list for a surname (first 50)"), bySurname);
    line(QStringLiteral("customer list, each next page up to row 1050"), nextPage);
    return 0;
}

int cardBench(const QStringList &args)
{
    std::unique_ptr<Database> db = openDatabase(option(args, QStringLiteral("--data-dir")));
    if (!db)
        return 1;
    describe(*db);
    const QList<Sample> people =
        samples(*db, option(args, QStringLiteral("--count"), QStringLiteral("500")).toInt());
    SubscriptionModel services(*db);
    ServiceHistoryModel history(*db);
    CustomerCaseModel cases(*db);
    CustomerService customers(*db);
    QList<double> card;
    int withServices = 0;
    for (const Sample &s : people) {
        // What the card reads when a customer is opened.
        QElapsedTimer t;
        t.start();
        customers.findById(s.customerId);
        services.setCustomerId(s.customerId);
        history.setServiceId(services.rowCount() > 0 ? services.subscription(0).serviceId
                                                     : QString());
        cases.setCustomerId(s.customerId);
        card.append(msSince(t));
        withServices += services.rowCount() > 0 ? 1 : 0;
    }
    line(QStringLiteral("customer card opened (customer, services, history, open cases)"), card,
         QStringLiteral("%1 with services").arg(withServices));
    return 0;
}

void usage()
{
    err() << "usage: halldesk_counterbench COMMAND --data-dir DIR [options]\n"
             "  lookup [--count 1000]  the search box: ID number, mobile, service number, names\n"
             "  list   [--runs 50]     the customer list: opening, a surname, further pages\n"
             "  card   [--count 500]   opening a customer's card\n"
          << Qt::flush;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (option(args, QStringLiteral("--data-dir")).isEmpty()) {
        usage();
        return 2;
    }
    if (command == QLatin1String("lookup"))
        return lookupBench(args);
    if (command == QLatin1String("list"))
        return listBench(args);
    if (command == QLatin1String("card"))
        return cardBench(args);
    usage();
    return 2;
}
