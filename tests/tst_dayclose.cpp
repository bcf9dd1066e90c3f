// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The day close (日结): refused while shifts are open or for a clerk; totals by method,
// clerk and fee item that reconcile to the fen with the payments, voids, refunds and the
// counted drawers; the closed day takes nothing more.
#include "cashfixture.h"
#include "core/cash/daycloseservice.h"
#include "core/cash/paymentservice.h"
#include "core/cash/shiftservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/language.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<qint64> footprint(CashFixture &f)
{
    QList<qint64> rows;
    for (const char *sql : {"SELECT count(*) FROM business_day", "SELECT count(*) FROM event_log",
                            "SELECT count(*) FROM shift WHERE status = 'open'"})
        rows.append(f.scalar(QString::fromLatin1(sql)));
    return rows;
}

qint64 sumOf(CashFixture &f, const QString &sql)
{
    return f.scalar(QStringLiteral("SELECT coalesce((%1), 0)").arg(sql));
}

} // namespace

class tst_DayClose : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }

    void closesADayReconciledToTheFen()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        ShiftService shifts(f.db());
        PaymentService payments(f.db());
        const Result<Shift> a = f.openShift(f.clerk(), u"200"_s);
        const Result<Shift> b = f.openShift(f.secondClerk(), u"100"_s);
        QVERIFY(a.ok() && b.ok());

        // Clerk 1001: three SIM fees in cash, a ¥150 top-up by card, a waiver.
        QStringList receipts;
        for (int i = 0; i < 3; ++i) {
            const Result<Payment> p = payments.take(f.clerk(), f.cashForCase(f.simCase(), u"20"_s));
            QVERIFY2(p.ok(), qPrintable(p.error().english()));
            receipts << p->receiptNo;
        }
        QVERIFY(
            payments.take(f.clerk(), f.topUp(u"13308161234"_s, 3, PaymentMethod::Card, u"C100"_s))
                .ok());
        PaymentRequest waiver = f.cashForCase(f.simCase(), QString());
        waiver.method = PaymentMethod::Waiver;
        waiver.waiverReason = u"低保户减免"_s;
        QVERIFY(payments.take(f.clerk(), waiver, f.supervisor()).ok());
        // Clerk 1002: a ¥100 top-up in QR, ¥50 in cash, two ¥100 top-ups in cash.
        QVERIFY(
            payments
                .take(f.secondClerk(), f.topUp(u"18981600001"_s, 2, PaymentMethod::Qr, u"QR7788"_s))
                .ok());
        QVERIFY(
            payments
                .take(f.secondClerk(), f.topUp(u"18981600002"_s, 1, PaymentMethod::Cash, u"50"_s))
                .ok());
        const Result<Payment> big = payments.take(
            f.secondClerk(), f.topUp(u"18981600003"_s, 4, PaymentMethod::Cash, u"200"_s));
        QVERIFY(big.ok());
        // 1001 voids one SIM fee; 1002 refunds ¥35.50 of the big top-up.
        QVERIFY(
            payments.voidPayment(f.clerk(), receipts.at(1), u"重复收费"_s, f.supervisor()).ok());
        QVERIFY(
            payments.refund(f.secondClerk(), big->receiptNo, u"35.50"_s, u"多缴"_s, f.supervisor())
                .ok());

        DayCloseService days(f.db());
        const QDate today = Clock::today();
        // Shifts still open: refused, nothing written.
        QList<qint64> before = footprint(f);
        const Result<DayTotals> early = days.close(f.supervisor(), today);
        QCOMPARE(early.error().code(), QStringLiteral("day.shifts_open"));
        QVERIFY(early.error().english().contains(QStringLiteral("1001 (W01)")));
        QVERIFY(early.error().message() != early.error().english());
        QCOMPARE(footprint(f), before);

        // 1001's drawer: 200 + 30 - 10 = ¥220, counted exactly. 1002's: 100 + 250 - 35.50 =
        // ¥314.50, counted ¥315.00.
        ShiftClosing closeA;
        closeA.count.pieces = {{10000, 2}, {1000, 2}};
        QVERIFY(shifts.close(f.clerk(), a->shiftId, closeA).ok());
        ShiftClosing closeB;
        closeB.count.pieces = {{10000, 3}, {500, 3}};
        closeB.note = u"多出0.50元，原因待查"_s;
        const Result<Shift> closedB = shifts.close(f.secondClerk(), b->shiftId, closeB);
        QVERIFY(closedB.ok());
        QCOMPARE(closedB->variance, Money::fromFen(50));

        // A clerk may not close the day, nor anybody a future day.
        before = footprint(f);
        QCOMPARE(days.close(f.clerk(), today).error().code(), QStringLiteral("auth.forbidden"));
        QCOMPARE(days.close(f.supervisor(), today.addDays(1)).error().code(),
                 QStringLiteral("day.future"));
        QCOMPARE(footprint(f), before);

        const Result<DayTotals> closed = days.close(f.supervisor(), today);
        QVERIFY2(closed.ok(), qPrintable(closed.error().english()));
        const DayTotals &t = closed.value();

        // By method, to the fen.
        const auto method = [&t](const char *key) {
            return t.byMethod.value(QString::fromLatin1(key));
        };
        QCOMPARE(method("cash").payments, 5);
        QCOMPARE(method("cash").taken, Money::fromYuan(30 + 50 + 200));
        QCOMPARE(method("cash").voided, Money::fromYuan(10));
        QCOMPARE(method("cash").refunded, Money::fromFen(3550));
        QCOMPARE(method("cash").net(), Money::fromFen(28000 - 1000 - 3550));
        QCOMPARE(method("card").net(), Money::fromYuan(150));
        QCOMPARE(method("qr").net(), Money::fromYuan(100));
        QCOMPARE(method("waiver").net(), Money::fromYuan(10));
        QCOMPARE(t.collected(), Money::fromFen(23450 + 15000 + 10000));
        QCOMPARE(t.waived(), Money::fromYuan(10));
        // By clerk, adding up to the same.
        QCOMPARE(t.byClerk.value(u"1001"_s).taken, Money::fromYuan(30 + 150 + 10));
        QCOMPARE(t.byClerk.value(u"1001"_s).voided, Money::fromYuan(10));
        QCOMPARE(t.byClerk.value(u"1002"_s).net(), Money::fromFen(35000 - 3550));
        MoneyTally clerks;
        for (const MoneyTally &m : t.byClerk)
            clerks += m;
        MoneyTally methods;
        for (const MoneyTally &m : t.byMethod)
            methods += m;
        QCOMPARE(clerks.net(), methods.net());
        QCOMPARE(t.all.net(), methods.net());
        QCOMPARE(t.all.payments, 8);
        // By fee item: the standing payments, line by line.
        QCOMPARE(t.byFee.value(u"TEL-SIM"_s).quantity, 3); // 2 paid + 1 waived; 1 voided
        QCOMPARE(t.byFee.value(u"TEL-SIM"_s).amount, Money::fromYuan(30));
        QCOMPARE(t.byFee.value(u"TEL-SIM"_s).waived, Money::fromYuan(10));
        QCOMPARE(t.byFee.value(u"TEL-TOPUP50"_s).quantity, 3 + 2 + 1 + 4);
        Money fees;
        for (const FeeTally &fee : t.byFee)
            fees += fee.amount;
        QCOMPARE(fees, t.all.taken - t.all.voided);
        // Against the rows themselves.
        QCOMPARE(fees.fen(),
                 sumOf(f, u"SELECT sum(l.amount_fen) FROM payment_line l JOIN payment p "
                          "USING (receipt_no) WHERE p.status <> 'voided'"_s));
        QCOMPARE(t.all.taken.fen(), sumOf(f, u"SELECT sum(amount_fen) FROM payment"_s));
        // The drawers: cash net = what the counted shifts expected beyond their floats.
        QCOMPARE(t.floats, Money::fromYuan(300));
        QCOMPARE(t.expectedCash, Money::fromFen(22000 + 31450));
        QCOMPARE(t.expectedCash - t.floats, method("cash").net());
        QCOMPARE(t.countedCash, Money::fromFen(22000 + 31500));
        QCOMPARE(t.variance, Money::fromFen(50));

        // Stored with the day and in the event, the same object.
        QSqlQuery q = f.db().query();
        QVERIFY(q.exec(u"SELECT totals, closed_by FROM business_day WHERE day = '2026-11-23'"_s));
        QVERIFY(q.next());
        const QJsonObject stored = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(q.value(1).toString(), u"2001"_s);
        QCOMPARE(stored, t.toJson());
        QCOMPARE(stored[u"all"_s][u"collected_fen"_s].toInteger(), 48450);
        QCOMPARE(stored[u"by_method"_s][u"cash"_s][u"net_fen"_s].toInteger(), 23450);
        QCOMPARE(stored[u"by_clerk"_s][u"1002"_s][u"refunded_fen"_s].toInteger(), 3550);
        QCOMPARE(stored[u"by_fee"_s][u"TEL-SIM"_s][u"qty"_s].toInteger(), 3);
        QCOMPARE(stored[u"cash"_s][u"variance_fen"_s].toInteger(), 50);
        QVERIFY(q.exec(u"SELECT data FROM event_log WHERE type = 'day.closed'"_s));
        QVERIFY(q.next());
        const QJsonObject event = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QCOMPARE(event[u"business_day"_s].toString(), u"2026-11-23"_s);
        QCOMPARE(event[u"totals"_s].toObject(), stored);

        // The day is locked: no shift, payment or second close dated to it.
        QVERIFY(BusinessDay::isClosed(f.db().connection(), today));
        before = footprint(f);
        QCOMPARE(f.openShift(f.clerk()).error().code(), u"day.closed"_s);
        QCOMPARE(days.close(f.supervisor(), today).error().code(), u"day.already_closed"_s);
        QCOMPARE(footprint(f), before);
    }

    void aRefundCountsOnTheDayItIsMade()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        PaymentService payments(f.db());
        Result<Shift> s = f.openShift(f.clerk(), u"0"_s);
        const Result<Payment> p =
            payments.take(f.clerk(), f.topUp(u"13308161234"_s, 2, PaymentMethod::Cash, u"100"_s));
        QVERIFY(p.ok());
        ShiftClosing closing;
        closing.count.pieces = {{10000, 1}};
        QVERIFY(ShiftService(f.db()).close(f.clerk(), s->shiftId, closing).ok());
        QVERIFY(DayCloseService(f.db()).close(f.supervisor(), Clock::today()).ok());

        Clock::setFixed(CashFixture::morning().addDays(1));
        s = f.openShift(f.clerk(), u"100"_s);
        QVERIFY(s.ok());
        QVERIFY(payments.refund(f.clerk(), p->receiptNo, u"20"_s, u"多缴"_s, f.supervisor()).ok());
        const DayTotals next = DayCloseService(f.db()).totals(Clock::today());
        QCOMPARE(next.all.payments, 0);
        QCOMPARE(next.byMethod.value(u"cash"_s).refunded, Money::fromYuan(20));
        QCOMPARE(next.collected(), Money::fromYuan(-20));
        QCOMPARE(ShiftService(f.db()).takings(s->shiftId).expectedCash(), Money::fromYuan(80));
        // The closed day's figures stay as they were.
        const DayTotals first = DayCloseService(f.db()).totals(QDate(2026, 11, 23));
        QCOMPARE(first.collected(), Money::fromYuan(100));
    }
};

QTEST_MAIN(tst_DayClose)
#include "tst_dayclose.moc"
