// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The daily and monthly reports against a hand-computed branch day (tests/support/
// reportfixture.cpp): every figure, the local-time day boundaries, the totals against the
// raw sums of the day's events, empty sections, refusals, progress and cancel, and CSV.
#include "core/common/clock.h"
#include "core/common/localday.h"
#include "core/reports/reportcsv.h"
#include "core/reports/reportengine.h"
#include "core/reports/reporttables.h"
#include "core/storage/database.h"
#include "reportfixture.h"
#include "testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString S1001 = QStringLiteral("1001");
const QString S1002 = QStringLiteral("1002");

const ReportSection *section(const QList<ReportSection> &sections, const char *id)
{
    for (const ReportSection &s : sections) {
        if (s.id == QLatin1String(id))
            return &s;
    }
    return nullptr;
}

// The row of a section whose first cell shows label.
const ReportRow *row(const ReportSection *s, const QString &label)
{
    if (!s)
        return nullptr;
    for (const ReportRow &r : s->rows) {
        if (!r.isEmpty() && r.first().display() == label)
            return &r;
    }
    return nullptr;
}

QStringList shown(const ReportRow *r)
{
    QStringList cells;
    if (r) {
        for (const ReportValue &v : *r)
            cells.append(v.display());
    }
    return cells;
}

} // namespace

class tst_ReportEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<ReportFixture> m_fixture;
    const Session m_supervisor =
        TestDatabase::staff(QStringLiteral("2001"), Role::Supervisor, QStringLiteral("W01"));

    Report daily(QDate day = ReportFixture::day())
    {
        const Result<Report> r = ReportEngine(m_t->db()).daily(m_supervisor, day);
        if (!r)
            qWarning() << r.error().english();
        return r ? r.value() : Report();
    }

    // A sum or count over the day's events of one type, in SQL.
    qint64 daySql(const char *expression, const char *type, QDate day = ReportFixture::day())
    {
        const LocalDay local(day);
        QSqlQuery q = m_t->db().query();
        q.prepare(QStringLiteral("SELECT ifnull(%1, 0) FROM event_log WHERE type = ? AND at >= ? "
                                 "AND at < ?")
                      .arg(QLatin1String(expression)));
        q.addBindValue(QLatin1String(type));
        q.addBindValue(local.start());
        q.addBindValue(local.end());
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() { ReportFixture::useChinaTime(); }

    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        QVERIFY2(m_t->open(), qPrintable(m_t->problem()));
        m_fixture = std::make_unique<ReportFixture>(m_t->db());
        QVERIFY2(m_fixture->write(), qPrintable(m_fixture->problem()));
        QVERIFY2(m_fixture->writeCallbacks(), qPrintable(m_fixture->problem()));
    }

    void cleanup()
    {
        m_fixture.reset();
        m_t.reset();
        Clock::reset();
    }

    void localDayBoundaries()
    {
        const LocalDay day(ReportFixture::day());
        QCOMPARE(day.start(), QStringLiteral("2026-11-22T16:00:00.000Z"));
        QCOMPARE(day.end(), QStringLiteral("2026-11-23T16:00:00.000Z"));
        QCOMPARE(day.hourOf(QStringLiteral("2026-11-22T15:59:59.999Z")), -1);
        QCOMPARE(day.hourOf(QStringLiteral("2026-11-22T16:00:00.000Z")), 0);
        QCOMPARE(day.hourOf(QStringLiteral("2026-11-23T01:30:00.000Z")), 9);
        QCOMPARE(day.hourOf(QStringLiteral("2026-11-23T15:59:59.999Z")), 23);
        QCOMPARE(day.hourOf(QStringLiteral("2026-11-23T16:00:00.000Z")), -1);
    }

    void waitBands_data()
    {
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<int>("band");
        QTest::newRow("negative (clock skew)") << qint64(-5000) << 0;
        QTest::newRow("0") << qint64(0) << 0;
        QTest::newRow("2:59.999") << qint64(179999) << 0;
        QTest::newRow("3:00") << qint64(180000) << 1;
        QTest::newRow("8:59") << qint64(539000) << 2;
        QTest::newRow("9:00") << qint64(540000) << 3;
        QTest::newRow("14:59.999") << qint64(899999) << 4;
        QTest::newRow("15:00") << qint64(900000) << 5;
        QTest::newRow("2 hours") << qint64(7200000) << 5;
    }
    void waitBands()
    {
        QFETCH(qint64, waitMs);
        QFETCH(int, band);
        QCOMPARE(QueueTally::bandOf(waitMs), band);
    }

    void dailyCases()
    {
        const Report r = daily();
        const CaseTally &c = r.figures.cases;
        // G at the day's first moment and H at its last count; J and I (a millisecond
        // before and at the next midnight) do not.
        QCOMPARE(c.registered, 7);
        QCOMPARE(c.accepted, 3);
        QCOMPARE(c.completed, 2);
        QCOMPARE(c.completedOnTime, 1);
        QCOMPARE(c.refused, 1);
        QCOMPARE(c.forwarded, 1);

        const auto tally = [](const QMap<QString, CaseTally> &map, const char *key) {
            return map.value(QLatin1String(key));
        };
        const CaseTally c10 = tally(r.figures.casesByItem, "C10");
        QCOMPARE(c10.registered, 3);
        QCOMPARE(c10.accepted, 1);
        QCOMPARE(c10.completed, 1);
        QCOMPARE(c10.completedOnTime, 0);
        QCOMPARE(c10.refused, 1);
        const CaseTally imm = tally(r.figures.casesByItem, "IMM");
        QCOMPARE(imm.registered, 2);
        QCOMPARE(imm.completedOnTime, 1);
        const CaseTally fwd = tally(r.figures.casesByItem, "FWD");
        QCOMPARE(fwd.forwarded, 1);
        QCOMPARE(tally(r.figures.casesByItem, "TS01").registered, 1);
        QCOMPARE(r.figures.casesByItem.size(), 4);

        const CaseTally w01 = tally(r.figures.casesByWindow, "W01");
        QCOMPARE(w01.registered, 4);
        QCOMPARE(w01.accepted, 2);
        QCOMPARE(w01.completed, 2);
        QCOMPARE(w01.completedOnTime, 1);
        const CaseTally w05 = tally(r.figures.casesByWindow, "W05");
        QCOMPARE(w05.registered, 3);
        QCOMPARE(w05.accepted, 1);
        QCOMPARE(w05.refused, 1);
        QCOMPARE(w05.forwarded, 1);

        const CaseTally commitment = tally(r.figures.casesByMode, "commitment");
        QCOMPARE(commitment.registered, 4);
        QCOMPARE(commitment.accepted, 1);
        QCOMPARE(commitment.completed, 1);
        QCOMPARE(commitment.refused, 1);
        const CaseTally immediate = tally(r.figures.casesByMode, "immediate");
        QCOMPARE(immediate.registered, 2);
        QCOMPARE(immediate.completed, 1);
        const CaseTally forward = tally(r.figures.casesByMode, "forward");
        QCOMPARE(forward.registered, 1);
        QCOMPARE(forward.accepted, 1);
        QCOMPARE(forward.forwarded, 1);

        QCOMPARE(r.figures.clerks.value(S1001).cases.registered, 4);
        QCOMPARE(r.figures.clerks.value(S1001).cases.completed, 2);
        QCOMPARE(r.figures.clerks.value(S1002).cases.registered, 3);
        QCOMPARE(r.figures.clerks.value(S1002).cases.refused, 1);

        QCOMPARE(r.figures.casesByHour[0], 1);
        QCOMPARE(r.figures.casesByHour[9], 2);
        QCOMPARE(r.figures.casesByHour[23], 1);

        const QList<ReportSection> sections = ReportTables::sections(r);
        QCOMPARE(shown(row(section(sections, "cases_by_item"), QStringLiteral("生育登记"))),
                 QStringList({QStringLiteral("生育登记"), QStringLiteral("3"), QStringLiteral("1"),
                              QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0.0%"),
                              QStringLiteral("1"), QStringLiteral("0")}));
        QCOMPARE(shown(row(section(sections, "cases_by_item"), QStringLiteral("Total"))),
                 QStringList({QStringLiteral("Total"), QStringLiteral("7"), QStringLiteral("3"),
                              QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("50.0%"),
                              QStringLiteral("1"), QStringLiteral("1")}));
        QVERIFY(row(section(sections, "cases_by_window"), QStringLiteral("W05 电信业务窗口")));
        QVERIFY(row(section(sections, "cases_by_mode"), QStringLiteral("Forwarded")));
    }

    void dailyMoney()
    {
        const Report r = daily();
        const ReportMoneyTally &m = r.figures.money;
        QCOMPARE(m.payments, 4);
        QCOMPARE(m.takenFen, 4600);
        QCOMPARE(m.voids, 2); // one of the day's payments, one from three days before
        QCOMPARE(m.voidedFen, 1300);
        QCOMPARE(m.refunds, 1);
        QCOMPARE(m.refundedFen, 200);
        QCOMPARE(m.netFen(), 3100);

        const ReportMoneyTally cash = r.figures.moneyByMethod.value(QStringLiteral("cash"));
        QCOMPARE(cash.payments, 2);
        QCOMPARE(cash.takenFen, 2300);
        QCOMPARE(cash.voidedFen, 1000);
        QCOMPARE(cash.netFen(), 1300);
        QCOMPARE(r.figures.moneyByMethod.value(QStringLiteral("qr")).netFen(), 1800);
        QCOMPARE(r.figures.moneyByMethod.value(QStringLiteral("card")).netFen(), 0);
        QCOMPARE(r.figures.moneyByMethod.size(), 3);

        const ReportMoneyTally a = r.figures.clerks.value(S1001).money;
        QCOMPARE(a.payments, 2);
        QCOMPARE(a.takenFen, 1800);
        QCOMPARE(a.voids, 2);
        QCOMPARE(a.netFen(), 500);
        const ReportMoneyTally b = r.figures.clerks.value(S1002).money;
        QCOMPARE(b.takenFen, 2800);
        QCOMPARE(b.refundedFen, 200);
        QCOMPARE(b.netFen(), 2600);

        QCOMPARE(r.figures.fees.value(QStringLiteral("F01")).quantity, 2);
        QCOMPARE(r.figures.fees.value(QStringLiteral("F01")).amountFen, 1000);
        QCOMPARE(r.figures.fees.value(QStringLiteral("F02")).quantity, 6);
        QCOMPARE(r.figures.fees.value(QStringLiteral("F02")).amountFen, 3000);
        QCOMPARE(r.figures.fees.value(QStringLiteral("F03")).quantity, 6);
        QCOMPARE(r.figures.fees.value(QStringLiteral("F03")).amountFen, 600);
        QCOMPARE(r.figures.paymentsByHour[9], 1);
        QCOMPARE(r.figures.paymentsByHour[16], 1);

        QCOMPARE(r.figures.corrections.size(), 3);
        const PaymentCorrection &earlier = r.figures.corrections.at(0);
        QCOMPARE(earlier.receiptNo, QStringLiteral("RCTZ01-20261120-D1-0001"));
        QVERIFY(earlier.paymentFound);
        QCOMPARE(earlier.amountFen, 1000);
        QCOMPARE(earlier.method, QStringLiteral("cash"));
        QCOMPARE(earlier.takenBy, S1001);
        QCOMPARE(earlier.approvedBy, QStringLiteral("2001"));
        const PaymentCorrection &refund = r.figures.corrections.at(2);
        QVERIFY(refund.refund);
        QCOMPARE(refund.amountFen, 200);
        QCOMPARE(refund.method, QStringLiteral("qr"));
        QCOMPARE(refund.takenBy, S1002);

        const QList<ReportSection> sections = ReportTables::sections(r);
        QCOMPARE(shown(row(section(sections, "revenue_by_method"), QStringLiteral("Cash"))),
                 QStringList({QStringLiteral("Cash"), QStringLiteral("2"), QStringLiteral("¥23.00"),
                              QStringLiteral("1"), QStringLiteral("¥10.00"), QStringLiteral("0"),
                              QStringLiteral("¥0.00"), QStringLiteral("¥13.00")}));
        QCOMPARE(
            shown(row(section(sections, "revenue_by_clerk"), QStringLiteral("1002 王强"))).last(),
            QStringLiteral("¥26.00"));
        QCOMPARE(
            shown(row(section(sections, "revenue_by_fee"), QStringLiteral("证书费"))),
            QStringList({QStringLiteral("证书费"), QStringLiteral("6"), QStringLiteral("¥30.00")}));

        QCOMPARE(r.figures.shifts.size(), 2);
        QCOMPARE(r.figures.shifts.at(0).shiftId, QStringLiteral("S1"));
        QCOMPARE(r.figures.shifts.at(0).window, QStringLiteral("W01"));
        QCOMPARE(r.figures.shifts.at(0).varianceFen, -50);
        QCOMPARE(r.figures.shifts.at(1).window, QStringLiteral("W05"));
        QCOMPARE(shown(row(section(sections, "shifts"), QStringLiteral("Total"))).last(),
                 QStringLiteral("-¥0.50"));
    }

    void dailyQueue()
    {
        const Report r = daily();
        const QueueTally &q = r.figures.queue;
        QCOMPARE(q.issued, 7);
        QCOMPARE(q.called, 6); // A003 was called twice: one ticket
        QCOMPARE(q.served, 4);
        QCOMPARE(q.noShow, 1);
        QCOMPARE(q.transferred, 1);
        QCOMPARE(q.waited, 6);
        QCOMPARE(q.waitMsTotal, qint64(67) * 60000); // 2 + 4 + 8 + 11 + 14 + 28 minutes
        for (int band = 0; band < QueueTally::BandCount; ++band)
            QCOMPARE(q.waitBands[band], 1);
        QCOMPARE(q.serviced, 4);
        QCOMPARE(q.serviceMsTotal, qint64(24500) * 60); // 10 + 4 + 9.5 + 1 minutes
        QCOMPARE(r.figures.ticketsByHour[9], 3);
        QCOMPARE(r.figures.ticketsByHour[10], 3);
        QCOMPARE(r.figures.ticketsByHour[16], 1);

        const ClerkTally a = r.figures.clerks.value(S1001);
        QCOMPARE(a.ticketsServed, 2);
        QCOMPARE(a.averageServiceMinutes(), 7.0);
        QCOMPARE(r.figures.clerks.value(S1002).averageServiceMinutes(), 5.25);

        const QList<ReportSection> sections = ReportTables::sections(r);
        QCOMPARE(
            shown(row(section(sections, "queue"), QStringLiteral("Average waiting time (min)")))
                .last(),
            QStringLiteral("11.2"));
        QCOMPARE(
            shown(row(section(sections, "queue"), QStringLiteral("Average service time (min)")))
                .last(),
            QStringLiteral("6.1"));
        QCOMPARE(
            shown(row(section(sections, "waiting_bands"), QStringLiteral("15+ min"))),
            QStringList({QStringLiteral("15+ min"), QStringLiteral("1"), QStringLiteral("16.7%")}));
        QCOMPARE(shown(row(section(sections, "volume_by_hour"), QStringLiteral("09:00-10:00"))),
                 QStringList({QStringLiteral("09:00-10:00"), QStringLiteral("3"),
                              QStringLiteral("2"), QStringLiteral("1")}));
    }

    void dailyRatingsComplaintsCallbacks()
    {
        const Report r = daily();
        const RatingTally &s = r.figures.ratings;
        QCOMPARE(s.total(), 5);
        QCOMPARE(s.count(5), 2);
        QCOMPARE(s.count(4), 1);
        QCOMPARE(s.count(3), 0);
        QCOMPARE(s.count(2), 1);
        QCOMPARE(s.count(1), 1);
        QCOMPARE(s.tickets[4], 1);
        QCOMPARE(s.cases[4], 1);
        QCOMPARE(s.average(), 3.4);
        QCOMPARE(s.bad(), 2);
        QCOMPARE(r.figures.clerks.value(S1001).ratings.average(), 3.75);
        QCOMPARE(r.figures.clerks.value(S1002).ratings.bad(), 1);

        QCOMPARE(r.figures.complaints.size(), 1);
        const ComplaintEntry &c = r.figures.complaints.first();
        QCOMPARE(c.caseNo, m_fixture->caseF);
        QCOMPARE(c.channel, QStringLiteral("phone"));
        QCOMPARE(c.itemCode, QStringLiteral("TS01"));
        QCOMPARE(c.staffNo, S1001);
        QCOMPARE(c.status, QStringLiteral("registered"));
        QCOMPARE(r.figures.clerks.value(S1001).complaints, 1);

        QVERIFY(r.callbacks.available);
        QCOMPARE(r.callbacks.due, 2);
        QCOMPARE(r.callbacks.done, 1);
        QCOMPARE(r.callbacks.openOverdue, 1);
        QCOMPARE(r.callbacks.list.size(), 3);
        QCOMPARE(r.callbacks.list.at(0).caseNo, m_fixture->caseK);
        QCOMPARE(r.callbacks.list.at(2).ticketNo, QStringLiteral("B001"));
        QCOMPARE(r.figures.callbackAttempts, 2);
        QCOMPARE(r.figures.callbacksReached, 1);

        const QList<ReportSection> sections = ReportTables::sections(r);
        QCOMPARE(shown(row(section(sections, "satisfaction"), QStringLiteral("5 Very satisfied"))),
                 QStringList({QStringLiteral("5 Very satisfied"), QStringLiteral("1"),
                              QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("40.0%")}));
        QCOMPARE(section(sections, "satisfaction")->note, QStringLiteral("Average rating 3.40."));
        QCOMPARE(shown(row(section(sections, "callbacks"), m_fixture->caseK)).at(3),
                 QStringLiteral("Overdue"));
        QCOMPARE(shown(row(section(sections, "callbacks"), m_fixture->caseE)).at(3),
                 QStringLiteral("Done"));
    }

    void dailyDueLists()
    {
        const Report r = daily();
        QCOMPARE(r.due.overdueCount, 2);
        QCOMPARE(r.due.overdue.size(), 2);
        // K (due 11-04) first; M was completed only the next day, so it was still open.
        QCOMPARE(r.due.overdue.at(0).caseNo, m_fixture->caseK);
        QCOMPARE(r.due.overdue.at(0).dueOn, QDate(2026, 11, 4));
        QCOMPARE(r.due.overdue.at(0).workingDaysLeft, -13);
        QCOMPARE(r.due.overdue.at(1).caseNo, m_fixture->caseM);
        QCOMPARE(r.due.overdue.at(1).workingDaysLeft, -7);
        QCOMPARE(r.due.dueSoonCount, 1);
        QCOMPARE(r.due.dueSoon.at(0).caseNo, m_fixture->caseL);
        QCOMPARE(r.due.dueSoon.at(0).workingDaysLeft, 1);

        // The next day: M is done and no longer listed; L is due that day.
        const Report next = daily(ReportFixture::today());
        QCOMPARE(next.due.overdueCount, 1);
        QCOMPARE(next.due.overdue.at(0).caseNo, m_fixture->caseK);
        QCOMPARE(next.due.dueSoon.at(0).caseNo, m_fixture->caseL);
        QCOMPARE(next.due.dueSoon.at(0).workingDaysLeft, 0);

        // The Sunday before: E (due 11-16, completed on the Monday) was overdue too; B was
        // accepted (and completed) only on the Monday, so although it was due within two
        // working days it was no case of that day.
        const Report sunday = daily(ReportFixture::day().addDays(-1));
        QCOMPARE(sunday.due.overdueCount, 3);
        QCOMPARE(sunday.due.overdue.at(2).caseNo, m_fixture->caseE);
        QCOMPARE(sunday.due.dueSoonCount, 1);
        QCOMPARE(sunday.due.dueSoon.at(0).caseNo, m_fixture->caseL);

        QVERIFY(r.dayClosed);
        QCOMPARE(r.closedBy, QStringLiteral("2001"));
        QVERIFY(!next.dayClosed);
        const QList<ReportSection> sections = ReportTables::sections(r);
        QVERIFY(shown(row(section(sections, "summary"), QStringLiteral("Business day")))
                    .last()
                    .endsWith(QStringLiteral("by 2001 赵主任")));
    }

    // Whatever the fixture holds, the report's totals are the sums of the day's events.
    void totalsEqualTheSumsOfTheDaysEvents()
    {
        for (const QDate day : {ReportFixture::day().addDays(-3), ReportFixture::day().addDays(-1),
                                ReportFixture::day(), ReportFixture::today()}) {
            const Report r = daily(day);
            const PeriodFigures &f = r.figures;
            QCOMPARE(f.cases.registered, int(daySql("count(*)", "case.registered", day)));
            QCOMPARE(f.cases.accepted, int(daySql("count(*)", "case.accepted", day)));
            QCOMPARE(f.cases.completed, int(daySql("count(*)", "case.completed", day)));
            QCOMPARE(f.cases.completedOnTime,
                     int(daySql("sum(json_extract(data, '$.on_time'))", "case.completed", day)));
            QCOMPARE(f.cases.refused, int(daySql("count(*)", "case.refused", day)));
            QCOMPARE(f.cases.forwarded, int(daySql("count(*)", "case.forwarded", day)));
            QCOMPARE(f.money.payments, int(daySql("count(*)", "payment.taken", day)));
            QCOMPARE(f.money.takenFen,
                     daySql("sum(json_extract(data, '$.amount_fen'))", "payment.taken", day));
            QCOMPARE(f.money.voids, int(daySql("count(*)", "payment.voided", day)));
            QCOMPARE(f.money.refundedFen,
                     daySql("sum(json_extract(data, '$.amount_fen'))", "payment.refunded", day));
            QCOMPARE(f.queue.issued, int(daySql("count(*)", "ticket.issued", day)));
            QCOMPARE(f.ratings.total(), int(daySql("count(*)", "ticket.rated", day) +
                                            daySql("count(*)", "case.rated", day)));
            QCOMPARE(f.shifts.size(), daySql("count(*)", "shift.closed", day));

            // Every breakdown adds up to its total.
            for (const QMap<QString, CaseTally> *map :
                 {&f.casesByItem, &f.casesByWindow, &f.casesByMode}) {
                CaseTally sum;
                for (const CaseTally &t : *map)
                    sum.add(t);
                QCOMPARE(sum.registered, f.cases.registered);
                QCOMPARE(sum.completed, f.cases.completed);
                QCOMPARE(sum.completedOnTime, f.cases.completedOnTime);
                QCOMPARE(sum.refused, f.cases.refused);
            }
            ReportMoneyTally byMethod, byClerk;
            for (const ReportMoneyTally &m : f.moneyByMethod)
                byMethod.add(m);
            for (const ClerkTally &c : f.clerks)
                byClerk.add(c.money);
            QCOMPARE(byMethod.netFen(), f.money.netFen());
            QCOMPARE(byClerk.netFen(), f.money.netFen());
            qint64 fees = 0;
            for (const ReportFeeTally &t : f.fees)
                fees += t.amountFen;
            QCOMPARE(fees, daySql("sum(json_extract(data, '$.amount_fen'))", "payment.taken", day));
            int hours = 0;
            for (int h = 0; h < 24; ++h)
                hours += f.casesByHour[h];
            QCOMPARE(hours, f.cases.registered);
        }
    }

    void monthly()
    {
        const Result<Report> m = ReportEngine(m_t->db()).monthly(m_supervisor, QDate(2026, 11, 15));
        QVERIFY2(m.ok(), qPrintable(m.error().english()));
        const Report &r = m.value();
        QCOMPARE(r.first, QDate(2026, 11, 1));
        QCOMPARE(r.last, ReportFixture::today()); // the month is not over
        QCOMPARE(r.days.size(), 24);
        QCOMPARE(ReportTables::period(r), QStringLiteral("2026-11 (up to 2026-11-24)"));

        const PeriodFigures &f = r.figures;
        QCOMPARE(f.cases.registered, 13);
        QCOMPARE(f.cases.accepted, 7);
        QCOMPARE(f.cases.completed, 3);
        QCOMPARE(f.cases.completedOnTime, 1);
        QCOMPARE(f.money.payments, 5);
        QCOMPARE(f.money.takenFen, 5600);
        QCOMPARE(f.money.netFen(), 4100);
        QCOMPARE(f.moneyByMethod.value(QStringLiteral("cash")).netFen(), 2300);

        // The day's row is the daily report; the rows add up to the month.
        const Report day = daily();
        const DayTrend &d23 = r.days.at(22);
        QCOMPARE(d23.day, ReportFixture::day());
        QCOMPARE(d23.cases.registered, day.figures.cases.registered);
        QCOMPARE(d23.money.netFen(), day.figures.money.netFen());
        QCOMPARE(d23.queue.waitMsTotal, day.figures.queue.waitMsTotal);
        QCOMPARE(d23.complaints, 1);
        QCOMPARE(r.days.at(19).money.netFen(), 1000); // 11-20: the payment voided later
        QCOMPARE(r.days.at(23).cases.completed, 1);   // M, on the 24th
        int registered = 0;
        qint64 net = 0;
        for (const DayTrend &t : r.days) {
            registered += t.cases.registered;
            net += t.money.netFen();
        }
        QCOMPARE(registered, f.cases.registered);
        QCOMPARE(net, f.money.netFen());

        const ClerkTally a = f.clerks.value(S1001);
        QCOMPARE(a.cases.registered, 9);
        QCOMPARE(a.cases.completed, 3);
        QCOMPARE(a.money.voids, 2);
        QCOMPARE(a.ticketsServed, 2);
        QCOMPARE(a.ratings.total(), 4);
        QCOMPARE(a.complaints, 1);
        const ClerkTally b = f.clerks.value(S1002);
        QCOMPARE(b.cases.registered, 4);
        QCOMPARE(b.ratings.average(), 2.0);

        const QList<ReportSection> sections = ReportTables::sections(r);
        QCOMPARE(section(sections, "trend")->rows.size(), 25); // 24 days and the total
        QCOMPARE(shown(row(section(sections, "clerks"), QStringLiteral("1001 张丽"))),
                 QStringList({QStringLiteral("1001 张丽"), QStringLiteral("9"), QStringLiteral("3"),
                              QStringLiteral("3"), QStringLiteral("¥15.00"), QStringLiteral("2"),
                              QStringLiteral("7.0"), QStringLiteral("4"), QStringLiteral("3.75"),
                              QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(!section(sections, "overdue")); // a daily list
        // Only S1 had a variance.
        QCOMPARE(section(sections, "shifts")->rows.size(), 2);
        QCOMPARE(section(sections, "callbacks")->rows.at(0).last().integer(), 5); // due
        QCOMPARE(section(sections, "callbacks")->rows.at(1).last().integer(), 2); // done

        const Result<Report> october =
            ReportEngine(m_t->db()).monthly(m_supervisor, QDate(2026, 10, 31));
        QVERIFY(october.ok());
        QCOMPARE(october->days.size(), 31);
        QCOMPARE(ReportTables::period(october.value()), QStringLiteral("2026-10"));
        QVERIFY(october->figures.cases.isEmpty());
    }

    // A branch that logged its day before the report facts existed (schema 0008) gets them
    // when it is upgraded: the same figures as a branch that had them all along.
    void factsOfEarlierEventsAreBackfilled()
    {
        const Report before = daily();
        const QString path = m_t->path();
        m_t->handle().reset();
        {
            // Back to the schema before the facts: drop them and mark the database older.
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q = db.value()->query();
            for (const char *sql :
                 {"DROP TRIGGER IF EXISTS report_fact_from_event", "DROP TABLE report_fact",
                  "DROP TABLE report_fee_line",
                  // and without schema 11's columns, which it adds again
                  "DROP INDEX customer_id_blind", "DROP INDEX customer_id_region",
                  "DROP INDEX customer_id_last_four", "ALTER TABLE customer DROP COLUMN id_blind",
                  "ALTER TABLE customer DROP COLUMN id_region",
                  "ALTER TABLE customer DROP COLUMN id_last_four", "PRAGMA user_version = 7"})
                QVERIFY2(q.exec(QLatin1String(sql)), sql);
        }
        auto older = Database::open(path);
        QVERIFY2(older.ok(), qPrintable(older.error().english()));
        QCOMPARE(older.value()->schemaVersion(), older.value()->latestKnownVersion());
        m_t->handle() = older.take();
        const Report after = daily();
        QCOMPARE(after.figures.cases.registered, before.figures.cases.registered);
        QCOMPARE(after.figures.cases.completedOnTime, before.figures.cases.completedOnTime);
        QCOMPARE(after.figures.money.netFen(), before.figures.money.netFen());
        QCOMPARE(after.figures.fees.value(QStringLiteral("F02")).amountFen, 3000);
        QCOMPARE(after.figures.queue.waitMsTotal, before.figures.queue.waitMsTotal);
        QCOMPARE(after.figures.queue.serviceMsTotal, before.figures.queue.serviceMsTotal);
        QCOMPARE(after.figures.ratings.total(), before.figures.ratings.total());
        QCOMPARE(after.figures.casesByMode.value(QStringLiteral("commitment")).registered, 4);
        QCOMPARE(after.figures.casesByWindow.value(QStringLiteral("W05")).forwarded, 1);
    }

    void emptySectionsSaySo()
    {
        TestDatabase fresh;
        QVERIFY2(fresh.open(), qPrintable(fresh.problem()));
        Clock::setFixed(ReportFixture::local(ReportFixture::today(), 10, 0));
        const Result<Report> r = ReportEngine(fresh.db()).daily(m_supervisor, ReportFixture::day());
        QVERIFY2(r.ok(), qPrintable(r.error().english()));
        QVERIFY(r->callbacks.available); // the queue's table, empty
        const QList<ReportSection> sections = ReportTables::sections(r.value());
        QVERIFY(sections.size() >= 15);
        for (const ReportSection &s : sections) {
            if (s.id == QLatin1String("summary")) {
                QVERIFY(!s.isEmpty());
                continue;
            }
            QVERIFY2(s.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.emptyText.isEmpty(), qPrintable(s.id));
        }
        QCOMPARE(section(sections, "callbacks")->emptyText,
                 QStringLiteral("No callback was due or done."));
        QCOMPARE(shown(row(section(sections, "summary"), QStringLiteral("Net takings"))).last(),
                 QStringLiteral("¥0.00"));
        QCOMPARE(
            shown(row(section(sections, "summary"), QStringLiteral("Average waiting time (min)")))
                .last(),
            QStringLiteral("-"));
        const QString csv = QString::fromUtf8(ReportCsv::bytes(r.value()));
        QVERIFY(csv.contains(QStringLiteral("\"No payment was taken, voided or refunded.\"\r\n")));
    }

    void refusals()
    {
        ReportEngine engine(m_t->db());
        const Session clerk = TestDatabase::staff(S1001, Role::Clerk, QStringLiteral("W01"));
        const Result<Report> byClerk = engine.daily(clerk, ReportFixture::day());
        QVERIFY(!byClerk.ok());
        QVERIFY2(byClerk.error().code().startsWith(QLatin1String("auth.")),
                 qPrintable(byClerk.error().code()));
        QCOMPARE(engine.daily(m_supervisor, ReportFixture::today().addDays(1)).error().code(),
                 QStringLiteral("report.future"));
        QCOMPARE(engine.monthly(m_supervisor, QDate(2026, 12, 1)).error().code(),
                 QStringLiteral("report.future"));
        QCOMPARE(engine.daily(m_supervisor, QDate()).error().code(),
                 QStringLiteral("report.bad_date"));
        QVERIFY(engine.daily(TestDatabase::console(), ReportFixture::day()).ok());
    }

    void progressAndCancel()
    {
        ReportEngine engine(m_t->db());
        QList<QPair<int, int>> steps;
        ReportEngine::Control control;
        control.progress = [&](int done, int total) { steps.append({done, total}); };
        QVERIFY(engine.monthly(m_supervisor, ReportFixture::day(), control).ok());
        QVERIFY(steps.size() > 24);
        QCOMPARE(steps.first().first, 0);
        QCOMPARE(steps.last().first, steps.last().second);
        for (int i = 1; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).first, steps.at(i - 1).first + 1);

        int asked = 0;
        control.progress = {};
        control.cancelled = [&asked]() { return ++asked >= 3; };
        const Result<Report> cancelled =
            engine.monthly(m_supervisor, ReportFixture::day(), control);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code(), QStringLiteral("report.cancelled"));
        QCOMPARE(asked, 3); // it stopped at once
    }

    void csv()
    {
        const Report r = daily();
        const QByteArray bytes = ReportCsv::bytes(r);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), QStringLiteral("Daily business report"));
        QCOMPARE(lines.at(1), QStringLiteral("Branch,城关镇便民服务中心 (code TZ01)"));
        QCOMPARE(lines.at(2), QStringLiteral("Business day,2026-11-23"));
        QVERIFY(text.contains(QStringLiteral("\r\nCash,2,23.00,1,10.00,0,0.00,13.00\r\n")));
        // A reason that looks like a formula stays text; a negative amount stays a number.
        QVERIFY(text.contains(QStringLiteral(",'=多收，退还\r\n")));
        QVERIFY(text.contains(QStringLiteral("\r\nTotal,,,,223.00,222.50,-0.50\r\n")));
        QCOMPARE(ReportCsv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(ReportCsv::field(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(ReportCsv::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("day.csv"));
        QVERIFY(ReportCsv::write(r, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        const Status failed = ReportCsv::write(r, QStringLiteral("/nonexistent-folder/x.csv"));
        QCOMPARE(failed.error().code(), QStringLiteral("report.csv_write_failed"));
    }
};

QTEST_GUILESS_MAIN(tst_ReportEngine)
#include "tst_reportengine.moc"
