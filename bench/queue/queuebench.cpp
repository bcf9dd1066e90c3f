// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// halldesk_queuebench: the queue's speed targets (bench/README.md). It reports figures and
// never fails because a machine is slow.
//   call    --data-dir D [--waiting 500] [--count 300]: call next at a window with that many
//           tickets waiting (the queue is topped up after each call), then end the service
//   display --data-dir D [--count 100]: from the commit of a call to the hall display's
//           repaint of it, offscreen
// Both write to the database: use a copy of the seeded one.
#include "core/common/clock.h"
#include "core/queue/queuesetup.h"
#include "core/queue/ticketservice.h"
#include "core/staff/session.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/writetransaction.h"
#include "ui/queue/callbanner.h"
#include "ui/queue/halldisplaywindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

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

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QString summary(const QList<double> &ms)
{
    return QStringLiteral("median %1 ms, p95 %2 ms, max %3 ms (%4 runs)")
        .arg(percentile(ms, 0.5), 0, 'f', 3)
        .arg(percentile(ms, 0.95), 0, 'f', 3)
        .arg(percentile(ms, 1.0), 0, 'f', 3)
        .arg(ms.size());
}

Session clerk(const char *staffNo, const char *window)
{
    Session s;
    s.staffNo = QString::fromLatin1(staffNo);
    s.role = Role::Clerk;
    s.window = QString::fromLatin1(window);
    return s;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Issues tickets for the window's categories until `waiting` wait for it, one in ten green.
bool topUp(Database &db, TicketService &tickets, const Session &s, int waiting)
{
    const Result<QueueWindow> w = QueueSetup::window(db.connection(), s.window);
    if (!w || w->categories.isEmpty())
        return false;
    int missing = waiting - tickets.waitingCount(s.window);
    if (missing <= 0)
        return true;
    WriteTransaction tx(db);
    for (int i = 0; i < missing; ++i) {
        TicketRequest r;
        r.category = w->categories.at(i % w->categories.size());
        r.priority = QRandomGenerator::global()->bounded(10) == 0 ? QStringLiteral("elderly")
                                                                  : QStringLiteral("normal");
        if (!tickets.issue(tx, s, r))
            return false;
    }
    return tx.commit().ok();
}

std::unique_ptr<Database> openDatabase(const QString &dataDir)
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

int callBench(const QStringList &args)
{
    std::unique_ptr<Database> db = openDatabase(option(args, QStringLiteral("--data-dir")));
    if (!db)
        return 1;
    const int waiting = option(args, QStringLiteral("--waiting"), QStringLiteral("500")).toInt();
    const int count = option(args, QStringLiteral("--count"), QStringLiteral("300")).toInt();
    TicketService tickets(*db);
    const Session s = clerk("1001", "W01");
    // A ticket left at the window by an earlier run is finished first.
    tickets.finish(s, s.window);
    out() << QStringLiteral("history: %1 tickets on %2 days, %3 events")
                 .arg(scalar(*db, QStringLiteral("SELECT count(*) FROM ticket")))
                 .arg(
                     scalar(*db, QStringLiteral("SELECT count(DISTINCT business_day) FROM ticket")))
                 .arg(scalar(*db, QStringLiteral("SELECT max(seq) FROM event_log")))
          << Qt::endl;
    QList<double> calls;
    QList<double> finishes;
    for (int i = 0; i < count; ++i) {
        if (!topUp(*db, tickets, s, waiting)) {
            out() << "cannot issue tickets for W01" << Qt::endl;
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const Result<Ticket> called = tickets.callNext(s, s.window);
        calls.append(double(t.nsecsElapsed()) / 1e6);
        if (!called) {
            out() << called.error().english() << Qt::endl;
            return 1;
        }
        t.restart();
        const Result<Ticket> done = tickets.finish(s, s.window);
        finishes.append(double(t.nsecsElapsed()) / 1e6);
        if (!done) {
            out() << done.error().english() << Qt::endl;
            return 1;
        }
    }
    out()
        << QStringLiteral("call next with %1 waiting for W01: %2").arg(waiting).arg(summary(calls))
        << Qt::endl;
    out() << QStringLiteral("end of service (cases linked from the log): %1").arg(summary(finishes))
          << Qt::endl;
    return 0;
}

int displayBench(const QStringList &args)
{
    std::unique_ptr<Database> db = openDatabase(option(args, QStringLiteral("--data-dir")));
    if (!db)
        return 1;
    const int count = option(args, QStringLiteral("--count"), QStringLiteral("100")).toInt();
    TicketService tickets(*db);
    const Session s = clerk("1002", "W05");
    tickets.finish(s, s.window);
    // The moment of the commit: the first receiver of Database::changed, connected before the
    // display's models.
    QElapsedTimer clock;
    clock.start();
    qint64 committedAt = 0;
    QObject::connect(db.get(), &Database::changed, [&](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ticket")))
            committedAt = clock.nsecsElapsed();
    });
    HallDisplayWindow display(*db);
    display.resize(1920, 1080);
    display.show();
    QString expected;
    qint64 paintedAt = 0;
    QObject::connect(display.banner(), &CallBanner::painted, [&](const QString &) {
        if (!expected.isEmpty() && display.banner()->ticketNo() == expected)
            paintedAt = clock.nsecsElapsed();
    });
    QList<double> delays;
    for (int i = 0; i < count; ++i) {
        if (!topUp(*db, tickets, s, 50))
            return 1;
        QCoreApplication::processEvents();
        expected.clear();
        paintedAt = 0;
        const Result<Ticket> called = tickets.callNext(s, s.window);
        if (!called) {
            out() << called.error().english() << Qt::endl;
            return 1;
        }
        expected = called->ticketNo;
        // The banner may already have painted it inside the call (a synchronous repaint).
        if (display.banner()->ticketNo() != expected || paintedAt == 0) {
            QElapsedTimer wait;
            wait.start();
            while (paintedAt == 0 && wait.elapsed() < 2000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        if (paintedAt == 0) {
            out() << "the display did not show " << expected << Qt::endl;
            return 1;
        }
        delays.append(double(paintedAt - committedAt) / 1e6);
        if (!tickets.finish(s, s.window))
            return 1;
    }
    out() << QStringLiteral("hall display, commit of a call to its repaint (1920x1080, %1): %2")
                 .arg(QGuiApplication::platformName(), summary(delays))
          << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (option(args, QStringLiteral("--data-dir")).isEmpty()) {
        out() << "usage: halldesk_queuebench call|display --data-dir D [--waiting N] [--count N]"
              << Qt::endl;
        return 2;
    }
    if (command == QLatin1String("call"))
        return callBench(args);
    if (command == QLatin1String("display"))
        return displayBench(args);
    out() << "usage: halldesk_queuebench call|display --data-dir D" << Qt::endl;
    return 2;
}
