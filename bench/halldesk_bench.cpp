// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk_bench: measures the figures behind the performance targets (bench/README.md).
// It reports numbers; it never fails because a machine is slow.

#include "casebench.h"
#include "cashbench.h"
#include "core/common/clock.h"
#include "core/common/idnumber.h"
#include "core/customers/customer.h"
#include "core/customers/customerservice.h"
#include "core/staff/session.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/eventlog.h"
#include "core/storage/sealing.h"
#include "core/storage/writetransaction.h"
#include "demo/demoseeder.h"
#include "rawbaseline.h"
#include "reportbench.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTextStream>
#include <QUuid>
#include <QVariant>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

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

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

QString figure(double ms)
{
    return ms < 10 ? QString::number(ms, 'f', 3) : QString::number(ms, 'f', 1);
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

std::unique_ptr<Database> openDatabase(const QString &dataDir, bool create,
                                       bool integrityCheck = true)
{
    Database::Options options;
    options.create = create;
    options.integrityCheck = integrityCheck;
    Result<std::unique_ptr<Database>> db =
        Database::open(DataLocation::databasePath(dataDir), options);
    if (!db) {
        err() << db.error().english() << Qt::endl;
        return nullptr;
    }
    return db.take();
}

QString fileSize(const QString &path)
{
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

// ---- seed ----------------------------------------------------------------------------

int seed(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    DemoSeeder::Options options;
    options.customers = option(args, QStringLiteral("--customers"), QStringLiteral("0")).toInt();
    options.days = option(args, QStringLiteral("--days"), QStringLiteral("0")).toInt();
    if (dataDir.isEmpty())
        return 2;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> db = openDatabase(dataDir, true);
    if (!db)
        return 1;
    const auto progress = [&timer](const QString &line) {
        out() << QStringLiteral("[%1 s] ").arg(msSince(timer) / 1000.0, 7, 'f', 1) << line
              << Qt::endl;
    };
    Result<DemoSeeder::Summary> summary = DemoSeeder(*db).seed(options, progress);
    if (!summary) {
        err() << summary.error().english() << Qt::endl;
        return 1;
    }
    const double seconds = msSince(timer) / 1000.0;
    out() << summary->text();
    out() << QStringLiteral("seed: %1 customers, %2 cases, %3 events in %4 s (%5 events/s); "
                            "database %6")
                 .arg(summary->customers)
                 .arg(summary->cases)
                 .arg(summary->events)
                 .arg(seconds, 0, 'f', 1)
                 .arg(double(summary->events) / std::max(seconds, 0.001), 0, 'f', 0)
                 .arg(fileSize(db->path()))
          << Qt::endl;
    return 0;
}

// ---- open ----------------------------------------------------------------------------

// Run in a child process: what precedes the login screen, as the counter app does it
// (open and migrate without quick_check, which the app runs in the background while the
// sign-in shows; then the first staff query). Prints "ready <open ms> <staff ms>".
int openChild(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> db = openDatabase(dataDir, false, false);
    if (!db)
        return 1;
    const double openMs = msSince(timer);
    const QList<StaffRecord> staff = StaffService(*db).list();
    const double staffMs = msSince(timer) - openMs;
    out() << "ready " << openMs << ' ' << staffMs << ' ' << staff.size() << Qt::endl;
    return staff.isEmpty() ? 1 : 0;
}

// Drops the database's pages from the OS cache, so the next open reads from disk.
void evictFromCache(const QString &path)
{
    for (const QString &file :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

int openBench(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    const QString path = DataLocation::databasePath(dataDir);
    out() << "open: " << QDir::toNativeSeparators(path) << " (" << fileSize(path) << ")"
          << Qt::endl;
    QList<double> warm;
    for (int run = 0; run <= runs; ++run) {
        const bool cold = run == 0;
        if (cold)
            evictFromCache(path);
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("open-child"), QStringLiteral("--data-dir"), dataDir});
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            err() << "open-child failed: " << child.readAllStandardError() << Qt::endl;
            return 1;
        }
        const double total = msSince(timer);
        const QStringList parts =
            QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
        out() << (cold ? "  cold (file evicted from the OS cache): " : "  warm: ") << figure(total)
              << " ms from process start to staff list (Database::open "
              << parts.value(1).toDouble() << " ms, first staff query "
              << parts.value(2).trimmed().toDouble() << " ms)" << Qt::endl;
        if (!cold)
            warm.append(total);
    }
    out() << "open: median warm " << figure(percentile(warm, 0.5)) << " ms" << Qt::endl;
    return 0;
}

// ---- verify --------------------------------------------------------------------------

int verifyBench(const QStringList &args)
{
    std::unique_ptr<Database> db = openDatabase(option(args, QStringLiteral("--data-dir")), false);
    if (!db)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const Result<EventLog::Verification> v = EventLog::verify(db->connection());
    const double seconds = msSince(timer) / 1000.0;
    if (!v) {
        err() << v.error().english() << Qt::endl;
        return 1;
    }
    out() << "verify: " << v->checked << " events in " << QString::number(seconds, 'f', 2)
          << " s = " << QString::number(double(v->checked) / std::max(seconds, 0.001), 'f', 0)
          << " events/s; chain " << (v->intact() ? QStringLiteral("intact") : v->problem)
          << Qt::endl;
    return v->intact() ? 0 : 1;
}

// ---- append --------------------------------------------------------------------------

// The event log's own ceiling for seeding: events appended through WriteTransaction in
// batches of 2,000 per transaction (a registration-sized data object each).
int appendBench(const QStringList &args)
{
    std::unique_ptr<Database> db = openDatabase(option(args, QStringLiteral("--data-dir")), true);
    if (!db)
        return 1;
    const int count = option(args, QStringLiteral("--count"), QStringLiteral("1000000")).toInt();
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < count;) {
        WriteTransaction tx(*db);
        for (int i = 0; i < 2000 && done < count; ++i, ++done) {
            const DemoSeeder::Person p = DemoSeeder::person(quint64(done) + 50000000);
            const QJsonObject data{
                {QStringLiteral("customer_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("id_type"), QStringLiteral("resident_id")},
                {QStringLiteral("id_number"), p.idNumber},
                {QStringLiteral("phone"), p.phone}};
            if (const Result<Event> e =
                    tx.append(QStringLiteral("bench.appended"), QStringLiteral("1001"), data);
                !e) {
                err() << e.error().english() << Qt::endl;
                return 1;
            }
        }
        if (const Status s = tx.commit(); !s) {
            err() << s.error().english() << Qt::endl;
            return 1;
        }
    }
    const double seconds = msSince(timer) / 1000.0;
    out() << "append: " << count << " events in " << QString::number(seconds, 'f', 1)
          << " s = " << QString::number(double(count) / seconds, 'f', 0) << " events/s" << Qt::endl;
    return 0;
}

// ---- action --------------------------------------------------------------------------

int actionBench(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    const int count = option(args, QStringLiteral("--count"), QStringLiteral("2000")).toInt();
    std::unique_ptr<Database> db = openDatabase(dataDir, false);
    if (!db)
        return 1;
    RawBaseline raw(QStringLiteral("bench_raw"));
    if (!raw.open(db->path())) {
        err() << "cannot open the raw sqlite3 connection" << Qt::endl;
        return 1;
    }
    Session clerk;
    clerk.staffNo = QStringLiteral("1001");
    clerk.name = QStringLiteral("张丽");
    clerk.role = Role::Clerk;
    clerk.window = QStringLiteral("W01");
    CustomerService customers(*db);
    // A new seed each run: the people an earlier run registered would all be refused.
    QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
    QList<double> action;
    QList<double> baseline;
    int refused = 0;
    // What the last action wrote: the raw insert that runs before an action (every other
    // round) writes the previous action's bytes, which have the same size and shape.
    QByteArray bytes;
    for (int i = 0; i < count; ++i) {
        const DemoSeeder::Person person = DemoSeeder::randomPerson(random);
        NewCustomer customer;
        customer.name = person.name;
        customer.idNumber = person.idNumber;
        customer.phone = person.phone;
        customer.address = person.address;
        const auto runAction = [&]() {
            QElapsedTimer t;
            t.start();
            const Result<Customer> registered = customers.registerCustomer(clerk, customer);
            const double ms = msSince(t);
            if (!registered) {
                ++refused;
                return;
            }
            action.append(ms);
            bytes = RawBaseline::writtenBytes(
                *db, {QStringLiteral("SELECT * FROM customer WHERE customer_id = ?")},
                registered->customerId);
        };
        const auto runRaw = [&]() {
            QElapsedTimer t;
            t.start();
            if (raw.insert(bytes.isEmpty() ? QByteArray(600, 'x') : bytes))
                baseline.append(msSince(t));
        };
        // Interleaved, alternating which goes first, so both see the same disk state.
        if (i % 2 == 0) {
            runAction();
            runRaw();
        } else {
            runRaw();
            runAction();
        }
    }
    const double actionMedian = percentile(action, 0.5);
    const double rawMedian = percentile(baseline, 0.5);
    out() << "action: register a customer (validation + rows + event, synchronous=FULL), "
          << action.size() << " runs (" << refused << " refused): median " << figure(actionMedian)
          << " ms, p95 " << figure(percentile(action, 0.95)) << " ms" << Qt::endl;
    out() << "raw sqlite3 INSERT+COMMIT of the same bytes, " << baseline.size() << " runs: median "
          << figure(rawMedian) << " ms, p95 " << figure(percentile(baseline, 0.95)) << " ms"
          << Qt::endl;
    out() << "action: ratio of medians " << QString::number(actionMedian / rawMedian, 'f', 2)
          << " (target <= 2), ratio of p95 "
          << QString::number(percentile(action, 0.95) / percentile(baseline, 0.95), 'f', 2)
          << Qt::endl;
    return 0;
}

// ---- lookup --------------------------------------------------------------------------

int lookupBench(const QStringList &args)
{
    std::unique_ptr<Database> db = openDatabase(option(args, QStringLiteral("--data-dir")), false);
    if (!db)
        return 1;
    const int count = option(args, QStringLiteral("--count"), QStringLiteral("1000")).toInt();
    // Sample existing customers at random (rowids are dense: customers are never deleted).
    struct Sample
    {
        QString idNumber, phone, name;
    };
    QList<Sample> samples;
    QSqlQuery q = db->query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id_number, phone, name FROM customer WHERE rowid IN "
                               "(SELECT abs(random()) % (SELECT max(rowid) FROM customer) + 1 "
                               "FROM customer LIMIT %1)")
                    .arg(count * 2))) {
        err() << q.lastError().text() << Qt::endl;
        return 1;
    }
    while (q.next() && samples.size() < count)
        samples.append({Sealing::openText(db->deviceKey(), q.value(0).toString()), // sealed
                        q.value(1).toString(), q.value(2).toString()});
    q.finish();
    if (samples.isEmpty()) {
        err() << "no customers: seed first" << Qt::endl;
        return 1;
    }
    const qint64 customerCount = [&db]() {
        QSqlQuery c = db->query();
        return c.exec(QStringLiteral("SELECT count(*) FROM customer")) && c.next()
                   ? c.value(0).toLongLong()
                   : 0;
    }();
    CustomerService customers(*db);
    QList<double> byId, byPhone, byPrefix, bySubstring, byIdStart, byIdEnd;
    qint64 idHits = 0, phoneHits = 0, prefixHits = 0, substringHits = 0, startHits = 0, endHits = 0;
    for (const Sample &s : samples) {
        // What a clerk types into the search box: the ID number, the mobile.
        QElapsedTimer t;
        t.start();
        idHits += customers.search(s.idNumber, 50).size();
        byId.append(msSince(t));
        t.restart();
        phoneHits += customers.search(s.phone, 50).size();
        byPhone.append(msSince(t));
        // The surname and the first given character (index range), and the given name
        // alone (prefix range first, then a scan for names containing it, up to 50).
        const QString prefix = s.name.left(2);
        const QString given = s.name.mid(1);
        t.restart();
        prefixHits += customers.searchByName(prefix, 50, CustomerService::NameMatch::Prefix).size();
        byPrefix.append(msSince(t));
        t.restart();
        substringHits +=
            customers.searchByName(given, 50, CustomerService::NameMatch::Contains).size();
        bySubstring.append(msSince(t));
        // The ID number's first ten digits (its region, then the sealed numbers of that
        // region compared) and its last four, as typed into the same box.
        t.restart();
        startHits += customers.searchPartialNumber(s.idNumber.left(10)).customers.size();
        byIdStart.append(msSince(t));
        t.restart();
        endHits += customers.searchPartialNumber(s.idNumber.right(4)).customers.size();
        byIdEnd.append(msSince(t));
    }
    const auto line = [](const char *what, const QList<double> &v, qint64 hits) {
        out() << "lookup by " << what << ": median " << figure(percentile(v, 0.5)) << " ms, p95 "
              << figure(percentile(v, 0.95)) << " ms, max " << figure(percentile(v, 1.0)) << " ms ("
              << QString::number(double(hits) / double(v.size()), 'f', 1) << " rows per look-up)"
              << Qt::endl;
    };
    out() << "lookup: " << samples.size() << " random customers of " << customerCount
          << ", limit 50" << Qt::endl;
    line("ID number (search)", byId, idHits);
    line("mobile (search)", byPhone, phoneHits);
    line("name prefix (searchByName Prefix)", byPrefix, prefixHits);
    line("name substring (searchByName Contains)", bySubstring, substringHits);
    line("ID number's first 10 digits (searchPartialNumber)", byIdStart, startHits);
    line("ID number's last four (searchPartialNumber)", byIdEnd, endHits);
    return 0;
}

void usage()
{
    err() << "usage: halldesk_bench COMMAND --data-dir DIR [options]\n"
             "  seed   --customers N --days D   seed the demo branch and time it\n"
             "  open   [--runs 5]               process start to database open + staff list\n"
             "  action [--count 2000]           one clerk action beside a raw INSERT+COMMIT\n"
             "  verify                          events/s of the chain verification\n"
             "  lookup [--count 1000]           customer lookups by ID number, mobile, name\n"
             "  append [--count 1000000]        the event log's append ceiling (2,000 per "
             "transaction)\n"
             "  payment [--count 2000]          taking a payment beside a raw INSERT+COMMIT\n"
             "  dayclose [--payments 10000]     closing a day of that many payments\n"
             "  caselist [--runs 5]             open the case list with its filters, due counts\n"
             "  accept [--count 2000]           accepting a case beside a raw INSERT+COMMIT\n"
             "  report-seed --day D [--count 10000] [--month]\n"
             "                                  a busy day (or month) for the reports\n"
             "  report --day D [--runs 5]       daily report of D, monthly of its month\n"
          << Qt::flush;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (args.size() < 1 || option(args, QStringLiteral("--data-dir")).isEmpty()) {
        usage();
        return 2;
    }
    if (command == QLatin1String("seed"))
        return seed(args);
    if (command == QLatin1String("open"))
        return openBench(args);
    if (command == QLatin1String("open-child"))
        return openChild(args);
    if (command == QLatin1String("verify"))
        return verifyBench(args);
    if (command == QLatin1String("append"))
        return appendBench(args);
    if (command == QLatin1String("action"))
        return actionBench(args);
    if (command == QLatin1String("lookup"))
        return lookupBench(args);
    if (command == QLatin1String("payment"))
        return paymentBench(args);
    if (command == QLatin1String("dayclose"))
        return dayCloseBench(args);
    if (command == QLatin1String("caselist"))
        return caseListBench(args);
    if (command == QLatin1String("accept"))
        return acceptBench(args);
    if (command == QLatin1String("report-seed"))
        return reportSeedBench(args);
    if (command == QLatin1String("report"))
        return reportBench(args);
    usage();
    return 2;
}
