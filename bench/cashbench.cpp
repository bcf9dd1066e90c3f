// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The cash targets (bench/README.md, "Cash"): taking a payment beside a raw INSERT+COMMIT of
// the same bytes, and closing a day of 10,000 payments.
#include "cashbench.h"

#include "rawbaseline.h"

#include "core/cash/daycloseservice.h"
#include "core/cash/paymentservice.h"
#include "core/cash/shiftservice.h"
#include "core/common/clock.h"
#include "core/staff/passwordhasher.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "demo/demoseeder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>
#include <QVariant>

#include <algorithm>

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

// The demo branch's staff and master data on the database in dataDir (created if new).
std::unique_ptr<Database> openBranch(const QString &dataDir)
{
    Result<std::unique_ptr<Database>> db = Database::open(DataLocation::databasePath(dataDir));
    if (!db) {
        err() << db.error().english() << Qt::endl;
        return nullptr;
    }
    PasswordHasher::setIterations(1000); // staff passwords play no part here
    if (const auto seeded = DemoSeeder(*db.value()).seed({}, {}); !seeded) {
        err() << seeded.error().english() << Qt::endl;
        return nullptr;
    }
    return db.take();
}

Session cashier(const char *staffNo, const char *window)
{
    Session s;
    s.staffNo = QString::fromLatin1(staffNo);
    s.role = Role::Clerk;
    s.window = QString::fromLatin1(window);
    return s;
}

PaymentRequest topUp(int n, PaymentMethod method)
{
    PaymentRequest r;
    r.requestKey = PaymentService::newRequestKey();
    r.target.serviceNumber = QStringLiteral("189%1").arg(n, 8, 10, QLatin1Char('0'));
    r.lines = {{QStringLiteral("TEL-TOPUP50"), 1 + n % 3}};
    r.method = method;
    if (method == PaymentMethod::Cash)
        r.tendered = QStringLiteral("200");
    else
        r.reference = QStringLiteral("B%1").arg(n, 10, 10, QLatin1Char('0'));
    return r;
}

} // namespace

int paymentBench(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    const int count = option(args, QStringLiteral("--count"), QStringLiteral("2000")).toInt();
    std::unique_ptr<Database> db = openBranch(dataDir);
    if (!db)
        return 1;
    const Session clerk = cashier("1002", "W05");
    ShiftService shifts(*db);
    if (const std::optional<Shift> open = shifts.current(clerk.staffNo);
        open && open->businessDay != Clock::today()) {
        err() << "clerk 1002 has a shift of an earlier day open: use a fresh data folder"
              << Qt::endl;
        return 1;
    }
    if (!shifts.current(clerk.staffNo)) {
        if (const Result<Shift> s = shifts.open(clerk, QStringLiteral("500")); !s) {
            err() << s.error().english() << Qt::endl;
            return 1;
        }
    }
    RawBaseline raw(QStringLiteral("bench_cash_raw"));
    if (!raw.open(db->path())) {
        err() << "cannot open the raw sqlite3 connection" << Qt::endl;
        return 1;
    }
    PaymentService payments(*db);
    QList<double> action;
    QList<double> baseline;
    QByteArray bytes;
    const int offset = int(QDateTime::currentSecsSinceEpoch() % 10000000);
    for (int i = 0; i < count; ++i) {
        const PaymentRequest request =
            topUp(offset + i, i % 2 == 0 ? PaymentMethod::Cash : PaymentMethod::Qr);
        const auto runAction = [&]() {
            QElapsedTimer t;
            t.start();
            const Result<Payment> p = payments.take(clerk, request);
            const double ms = msSince(t);
            if (!p) {
                err() << p.error().english() << Qt::endl;
                return false;
            }
            action.append(ms);
            bytes = RawBaseline::writtenBytes(
                *db,
                {QStringLiteral("SELECT * FROM payment WHERE receipt_no = ?"),
                 QStringLiteral("SELECT * FROM payment_line WHERE receipt_no = ?")},
                p->receiptNo);
            // Printed, as at the counter; not timed (it is not part of taking the money).
            payments.recordPrint(clerk, p->receiptNo, QStringLiteral("roll"));
            return true;
        };
        const auto runRaw = [&]() {
            QElapsedTimer t;
            t.start();
            if (raw.insert(bytes.isEmpty() ? QByteArray(900, 'x') : bytes))
                baseline.append(msSince(t));
        };
        // Interleaved, alternating which goes first, so both see the same disk state.
        if (i % 2 == 0) {
            if (!runAction())
                return 1;
            runRaw();
        } else {
            runRaw();
            if (!runAction())
                return 1;
        }
    }
    const double actionMedian = percentile(action, 0.5);
    const double rawMedian = percentile(baseline, 0.5);
    out() << "payment: take a payment (shift, fee items, numbering, event, payment and line "
             "rows, synchronous=FULL), "
          << action.size() << " runs: median " << QString::number(actionMedian, 'f', 3)
          << " ms, p95 " << QString::number(percentile(action, 0.95), 'f', 3) << " ms" << Qt::endl;
    out() << "raw sqlite3 INSERT+COMMIT of the same bytes, " << baseline.size() << " runs: median "
          << QString::number(rawMedian, 'f', 3) << " ms, p95 "
          << QString::number(percentile(baseline, 0.95), 'f', 3) << " ms" << Qt::endl;
    out() << "payment: ratio of medians " << QString::number(actionMedian / rawMedian, 'f', 2)
          << " (target <= 2), ratio of p95 "
          << QString::number(percentile(action, 0.95) / percentile(baseline, 0.95), 'f', 2)
          << Qt::endl;
    return 0;
}

int dayCloseBench(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    const int count = option(args, QStringLiteral("--payments"), QStringLiteral("10000")).toInt();
    std::unique_ptr<Database> db = openBranch(dataDir);
    if (!db)
        return 1;
    // A day of its own, far from any real one, so the folder can be reused.
    const QDate day(2031, 3, 3);
    Clock::setFixed(QDateTime(day, QTime(8, 0), Qt::LocalTime).toUTC());
    if (DayCloseService(*db).closing(day).closedBy.size() > 0) {
        err() << "the bench day is already closed in this folder: use a fresh one" << Qt::endl;
        return 1;
    }
    // Four windows take the day's payments, in transactions of their own as at the counter;
    // every 50th is voided and every 40th partly refunded.
    const Session clerks[] = {cashier("1001", "W01"), cashier("1002", "W05"),
                              cashier("2001", "W02")};
    Session supervisor = cashier("2001", "W02");
    supervisor.role = Role::Supervisor;
    Session approver = supervisor;
    ShiftService shifts(*db);
    PaymentService payments(*db);
    QList<QString> shiftIds;
    for (const Session &c : clerks) {
        const Result<Shift> s = shifts.open(c, QStringLiteral("500"));
        if (!s) {
            err() << s.error().english() << Qt::endl;
            return 1;
        }
        shiftIds << s->shiftId;
    }
    Session other = cashier("1001", "W01");
    other.role = Role::Supervisor; // approves the supervisor's own window's adjustments
    QElapsedTimer fill;
    fill.start();
    static const PaymentMethod methods[] = {PaymentMethod::Cash, PaymentMethod::Card,
                                            PaymentMethod::Qr};
    for (int i = 0; i < count; ++i) {
        const Session &c = clerks[i % 3];
        Clock::advance(2000);
        const Result<Payment> p = payments.take(c, topUp(i, methods[(i / 3) % 3]));
        if (!p) {
            err() << p.error().english() << Qt::endl;
            return 1;
        }
        const Session &ok = c.staffNo == approver.staffNo ? other : approver;
        if (i % 50 == 7)
            payments.voidPayment(c, p->receiptNo, QStringLiteral("bench"), ok);
        else if (i % 40 == 3)
            payments.refund(c, p->receiptNo, QStringLiteral("10"), QStringLiteral("bench"), ok);
    }
    out() << "dayclose: " << count << " payments written in "
          << QString::number(msSince(fill) / 1000.0, 'f', 1) << " s" << Qt::endl;
    for (int i = 0; i < 3; ++i) {
        ShiftClosing closing;
        const Money expected = shifts.takings(shiftIds.at(i)).expectedCash();
        qint64 left = expected.fen(); // counted exactly, largest notes first
        for (int denomination : CashCount::denominations()) {
            closing.count.pieces.insert(denomination, int(left / denomination));
            left %= denomination;
        }
        if (const Result<Shift> s = shifts.close(clerks[i], shiftIds.at(i), closing); !s) {
            err() << s.error().english() << Qt::endl;
            return 1;
        }
    }
    QElapsedTimer t;
    t.start();
    const DayTotals preview = DayCloseService(*db).totals(day);
    const double previewMs = msSince(t);
    t.restart();
    const Result<DayTotals> closed = DayCloseService(*db).close(supervisor, day);
    const double closeMs = msSince(t);
    Clock::reset();
    if (!closed) {
        err() << closed.error().english() << Qt::endl;
        return 1;
    }
    out() << "dayclose: totals of " << closed->all.payments << " payments (collected "
          << closed->collected().format() << ", " << closed->byFee.size() << " fee items, "
          << closed->shifts.size() << " shifts): preview " << QString::number(previewMs, 'f', 1)
          << " ms; close (totals, business_day row, day.closed event, commit) "
          << QString::number(closeMs, 'f', 1) << " ms (target <= 1000 ms)" << Qt::endl;
    return preview.all.payments == closed->all.payments ? 0 : 1;
}
