// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Taking payments: catalogue fees only, gap-free receipt numbers, every method, bad input
// refused with nothing written, no double payment (also after a crash), voids, refunds
// and reprints under a supervisor's approval.
#include "cashfixture.h"
#include "core/cash/daycloseservice.h"
#include "core/cash/paymentservice.h"
#include "core/cash/shiftservice.h"
#include "core/common/businessday.h"
#include "core/common/clock.h"
#include "core/common/language.h"
#include "core/storage/eventlog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Row counts of every table a money action writes, and the log.
QList<qint64> footprint(CashFixture &f)
{
    QList<qint64> rows;
    for (const char *table :
         {"payment", "payment_line", "payment_adjustment", "receipt_print", "shift",
          "shift_cash_count", "business_day", "number_sequence", "event_log"})
        rows.append(f.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    rows.append(f.scalar(QStringLiteral("SELECT count(*) FROM payment WHERE status <> 'taken'")));
    rows.append(f.scalar(QStringLiteral("SELECT coalesce(sum(last), 0) FROM number_sequence")));
    return rows;
}

QJsonObject lastEvent(CashFixture &f, const QString &type)
{
    QSqlQuery q = f.db().query();
    q.prepare(
        QStringLiteral("SELECT data FROM event_log WHERE type = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(type);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

// A refusal a person reads: in Chinese (the UI language) and in English.
bool isBilingual(const Error &e)
{
    const QString text = e.bilingual();
    return text.contains(QLatin1Char('\n')) && e.message() != e.english() && !e.message().isEmpty();
}

} // namespace

class tst_PaymentService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }

    void takesEveryMethodWithGapFreeNumbers()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk()).ok());
        PaymentService payments(f.db());
        const QString caseNo = f.simCase();

        const Result<Payment> cash = payments.take(f.clerk(), f.cashForCase(caseNo, u"50"_s));
        QVERIFY2(cash.ok(), qPrintable(cash.error().english()));
        QCOMPARE(cash->receiptNo, QStringLiteral("RCTZ01-20261123-D1-0001"));
        QCOMPARE(cash->amount, Money::fromYuan(10));
        QCOMPARE(cash->tendered, Money::fromYuan(50));
        QCOMPARE(cash->change, Money::fromYuan(40));
        QCOMPARE(cash->customerId, f.customerId()); // from the case
        QCOMPARE(cash->payerName, f.customerName());
        QCOMPARE(cash->lines.size(), 1);
        QCOMPARE(cash->lines.first().feeName, QStringLiteral("SIM卡补换卡费"));

        const Result<Payment> card =
            payments.take(f.clerk(), f.topUp(QStringLiteral("13308161234"), 2, PaymentMethod::Card,
                                             u"TR-0042"_s));
        QVERIFY2(card.ok(), qPrintable(card.error().english()));
        QCOMPARE(card->receiptNo, QStringLiteral("RCTZ01-20261123-D1-0002"));
        QCOMPARE(card->amount, Money::fromYuan(100));
        QCOMPARE(card->reference, QStringLiteral("TR-0042"));
        QVERIFY(payments.recordPrint(f.clerk(), card->receiptNo, QStringLiteral("roll")).ok());

        const Result<Payment> qr =
            payments.take(f.clerk(), f.topUp(QStringLiteral("13308161234"), 1, PaymentMethod::Qr,
                                             u"4200001234"_s));
        QVERIFY2(qr.ok(), qPrintable(qr.error().english()));
        QCOMPARE(qr->receiptNo, QStringLiteral("RCTZ01-20261123-D1-0003"));

        // The event carries the catalogue's fields, and its hash is the one stored.
        const QJsonObject e = lastEvent(f, QStringLiteral("payment.taken"));
        QCOMPARE(e.value(QStringLiteral("receipt_no")).toString(), qr->receiptNo);
        QVERIFY(e.value(QStringLiteral("case_no")).isNull());
        QCOMPARE(e.value(QStringLiteral("amount_fen")).toInteger(), 5000);
        QCOMPARE(e.value(QStringLiteral("method")).toString(), QStringLiteral("qr"));
        QCOMPARE(e.value(QStringLiteral("shift_id")).toString(), qr->shiftId);
        const QJsonArray items = e.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)[QStringLiteral("fee_code")].toString(), QStringLiteral("TEL-TOPUP50"));
        QCOMPARE(items.at(0)[QStringLiteral("qty")].toInt(), 1);
        QCOMPARE(items.at(0)[QStringLiteral("amount_fen")].toInteger(), 5000);
        const Result<Event> head = EventLog::head(f.db().connection());
        QCOMPARE(head->hash, qr->eventHash);
        QCOMPARE(payments.find(qr->receiptNo)->eventHash, qr->eventHash);
        QCOMPARE(lastEvent(f, QStringLiteral("payment.taken")).size(), e.size());

        // Reading back gives what was taken.
        const Result<Payment> back = payments.find(cash->receiptNo);
        QVERIFY(back.ok());
        QCOMPARE(back->caseNo, caseNo);
        QCOMPARE(back->method, PaymentMethod::Cash);
        QCOMPARE(back->change, Money::fromYuan(40));
        QCOMPARE(back->lines.first().amount, Money::fromYuan(10));
        QCOMPARE(back->prints, 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM event_log WHERE type = "
                                         "'payment.taken'")),
                 3);
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("target"); // case, number, none, unknown_case
        QTest::addColumn<QString>("feeCode");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("entry"); // tendered, reference or waiver reason
        QTest::addColumn<QString>("code");
        const int cash = int(PaymentMethod::Cash);
        const int card = int(PaymentMethod::Card);
        const int qr = int(PaymentMethod::Qr);
        const int waiver = int(PaymentMethod::Waiver);
        const QString sim = QStringLiteral("TEL-SIM");
        const QString topUp = QStringLiteral("TEL-TOPUP50");
        const QString c = QStringLiteral("case");
        const QString n = QStringLiteral("number");
        QTest::newRow("three decimals")
            << cash << c << sim << 1 << u"20.005"_s << u"money.too_many_decimals"_s;
        QTest::newRow("negative tendered")
            << cash << c << sim << 1 << u"-20"_s << u"money.negative"_s;
        QTest::newRow("absurd tendered")
            << cash << c << sim << 1 << u"99999999999"_s << u"money.too_large"_s;
        QTest::newRow("letters") << cash << c << sim << 1 << u"20元x"_s
                                 << u"money.invalid_character"_s;
        QTest::newRow("nothing tendered") << cash << c << sim << 1 << u""_s << u"money.empty"_s;
        QTest::newRow("tendered less than due")
            << cash << c << sim << 1 << u"9.99"_s << u"payment.tendered_short"_s;
        QTest::newRow("absurd change")
            << cash << c << sim << 1 << u"5000"_s << u"payment.change_too_large"_s;
        QTest::newRow("zero quantity")
            << cash << n << topUp << 0 << u"100"_s << u"payment.bad_quantity"_s;
        QTest::newRow("negative quantity")
            << cash << n << topUp << -2 << u"100"_s << u"payment.bad_quantity"_s;
        QTest::newRow("absurd quantity")
            << cash << n << topUp << 1000 << u"100"_s << u"payment.bad_quantity"_s;
        QTest::newRow("fee not in catalogue")
            << cash << n << u"TEL-GOLD"_s << 1 << u"100"_s << u"payment.unknown_fee"_s;
        QTest::newRow("fee of another matter")
            << cash << c << topUp << 1 << u"100"_s << u"payment.fee_not_for_case"_s;
        QTest::newRow("card without reference")
            << card << n << topUp << 1 << u""_s << u"payment.reference_required"_s;
        QTest::newRow("qr reference not from a slip")
            << qr << n << topUp << 1 << u"扫码"_s << u"payment.bad_reference"_s;
        QTest::newRow("no target")
            << cash << u"none"_s << topUp << 1 << u"100"_s << u"payment.no_target"_s;
        QTest::newRow("unknown case")
            << cash << u"unknown_case"_s << sim << 1 << u"100"_s << u"payment.unknown_case"_s;
        QTest::newRow("bad service number")
            << cash << u"bad_number"_s << topUp << 1 << u"100"_s << u"payment.bad_service_number"_s;
        QTest::newRow("waiver without reason")
            << waiver << c << sim << 1 << u""_s << u"payment.reason_required"_s;
        QTest::newRow("waiver without approval")
            << waiver << c << sim << 1 << u"低保户"_s << u"approval.missing"_s;
    }

    void badInputIsRefused()
    {
        QFETCH(int, method);
        QFETCH(QString, target);
        QFETCH(QString, feeCode);
        QFETCH(int, quantity);
        QFETCH(QString, entry);
        QFETCH(QString, code);
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk()).ok());
        const QString caseNo = f.simCase();
        PaymentRequest r;
        r.requestKey = PaymentService::newRequestKey();
        if (target == QLatin1String("case"))
            r.target.caseNo = caseNo;
        else if (target == QLatin1String("number"))
            r.target.serviceNumber = QStringLiteral("13308161234");
        else if (target == QLatin1String("unknown_case"))
            r.target.caseNo = QStringLiteral("CSTZ01-20261123-D1-0999");
        else if (target == QLatin1String("bad_number"))
            r.target.serviceNumber = QStringLiteral("133 0816");
        r.lines = {{feeCode, quantity}};
        r.method = PaymentMethod(method);
        r.tendered = entry;
        r.reference = entry;
        r.waiverReason = entry;
        const QList<qint64> before = footprint(f);
        const Result<Payment> p = PaymentService(f.db()).take(f.clerk(), r);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code(), code);
        QVERIFY2(isBilingual(p.error()), qPrintable(p.error().bilingual()));
        QCOMPARE(footprint(f), before);
    }

    void partnerStaffTakeNoMoney()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const QList<qint64> before = footprint(f);
        const Result<Shift> shift = f.openShift(f.partner());
        QCOMPARE(shift.error().code(), QStringLiteral("auth.forbidden"));
        const Result<Payment> p = PaymentService(f.db()).take(
            f.partner(), f.topUp(QStringLiteral("13308161234"), 1, PaymentMethod::Cash, u"50"_s));
        QCOMPARE(p.error().code(), QStringLiteral("auth.forbidden"));
        QVERIFY(isBilingual(p.error()));
        QCOMPARE(footprint(f), before);
    }

    void noShiftNoPayment()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const QList<qint64> before = footprint(f);
        const Result<Payment> p = PaymentService(f.db()).take(
            f.clerk(), f.topUp(QStringLiteral("13308161234"), 1, PaymentMethod::Cash, u"50"_s));
        QCOMPARE(p.error().code(), QStringLiteral("shift.none"));
        QCOMPARE(footprint(f), before);
    }

    void aCaseIsPaidOnce()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk()).ok());
        PaymentService payments(f.db());
        const QString caseNo = f.simCase();
        const Result<Payment> first = payments.take(f.clerk(), f.cashForCase(caseNo, u"10"_s));
        QVERIFY(first.ok());
        QVERIFY(payments.recordPrint(f.clerk(), first->receiptNo, QStringLiteral("roll")).ok());

        // Another form (another request key) for the same case.
        const QList<qint64> before = footprint(f);
        const Result<Payment> second = payments.take(f.clerk(), f.cashForCase(caseNo, u"10"_s));
        QCOMPARE(second.error().code(), QStringLiteral("payment.case_paid"));
        QVERIFY(second.error().english().contains(first->receiptNo));
        QCOMPARE(footprint(f), before);

        // Voided, the case can be paid again.
        QVERIFY(payments
                    .voidPayment(f.clerk(), first->receiptNo, QStringLiteral("收错金额"),
                                 f.supervisor())
                    .ok());
        const Result<Payment> again = payments.take(f.clerk(), f.cashForCase(caseNo, u"10"_s));
        QVERIFY2(again.ok(), qPrintable(again.error().english()));
        QCOMPARE(payments.paymentForCase(caseNo)->receiptNo, again->receiptNo);
    }

    void theSameFormNeverPaysTwice()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk()).ok());
        PaymentService payments(f.db());
        const PaymentRequest request =
            f.topUp(QStringLiteral("13308161234"), 1, PaymentMethod::Cash, u"50"_s);
        const Result<Payment> first = payments.take(f.clerk(), request);
        QVERIFY(first.ok());
        const QList<qint64> before = footprint(f);
        // A double click sends the same request again.
        const Result<Payment> second = payments.take(f.clerk(), request);
        QCOMPARE(second.error().code(), QStringLiteral("payment.duplicate_request"));
        QVERIFY(second.error().english().contains(first->receiptNo));
        QVERIFY(isBilingual(second.error()));
        QCOMPARE(footprint(f), before);
    }

    void aCrashBeforePrintingNeverPaysTwice()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk()).ok());
        const PaymentRequest request =
            f.topUp(QStringLiteral("13308161234"), 2, PaymentMethod::Cash, u"100"_s);
        const Result<Payment> taken = PaymentService(f.db()).take(f.clerk(), request);
        QVERIFY(taken.ok());

        // The power goes off after the commit, before the receipt is printed: the database
        // file and its write-ahead log are what survives (copied while still open).
        QTemporaryDir after;
        const QString copy = after.filePath(QStringLiteral("halldesk.db"));
        QVERIFY(QFile::copy(f.test().path(), copy));
        QVERIFY(
            QFile::copy(f.test().path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        Result<std::unique_ptr<Database>> reopened = Database::open(copy);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().english()));
        Database &db = *reopened.value();
        PaymentService payments(db);
        const Result<Payment> survived = payments.find(taken->receiptNo);
        QVERIFY(survived.ok());
        QCOMPARE(survived->amount, Money::fromYuan(100));
        QCOMPARE(survived->prints, 0);

        const auto count = [&db](const QString &sql) {
            QSqlQuery q = db.query();
            return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 payments0 = count(QStringLiteral("SELECT count(*) FROM payment"));
        const qint64 events0 = count(QStringLiteral("SELECT count(*) FROM event_log"));
        // The form, resent after the restart, is recognised.
        QCOMPARE(payments.take(f.clerk(), request).error().code(),
                 QStringLiteral("payment.duplicate_request"));
        // A new form for the same number is held until the unprinted receipt is printed.
        PaymentRequest fresh = request;
        fresh.requestKey = PaymentService::newRequestKey();
        const Result<Payment> refused = payments.take(f.clerk(), fresh);
        QCOMPARE(refused.error().code(), QStringLiteral("payment.unprinted"));
        QVERIFY(refused.error().english().contains(taken->receiptNo));
        QVERIFY(isBilingual(refused.error()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payment")), payments0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_log")), events0);
        QCOMPARE(payments.unprintedFor(fresh.target)->receiptNo, taken->receiptNo);

        // Printed (the original, not a reprint), the next top-up is a payment of its own.
        QCOMPARE(payments.recordPrint(f.clerk(), taken->receiptNo, QStringLiteral("roll")).value(),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event_log")), events0);
        QVERIFY(!payments.unprintedFor(fresh.target));
        const Result<Payment> next = payments.take(f.clerk(), fresh);
        QVERIFY2(next.ok(), qPrintable(next.error().english()));
        QCOMPARE(next->receiptNo, QStringLiteral("RCTZ01-20261123-D1-0002"));
    }

    void voidNeedsAnotherSupervisorTheSameDay()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk()).ok());
        PaymentService payments(f.db());
        const Result<Payment> p = payments.take(
            f.clerk(), f.topUp(QStringLiteral("13308161234"), 1, PaymentMethod::Cash, u"50"_s));
        QVERIFY(p.ok());
        const QString reason = QStringLiteral("号码输错");
        QList<qint64> before = footprint(f);

        // The clerk approving their own void, a clerk as approver, no reason.
        Session self = f.clerk();
        QCOMPARE(payments.voidPayment(f.clerk(), p->receiptNo, reason, self).error().code(),
                 QStringLiteral("approval.self"));
        QCOMPARE(
            payments.voidPayment(f.clerk(), p->receiptNo, reason, f.secondClerk()).error().code(),
            QStringLiteral("approval.not_allowed"));
        QCOMPARE(payments.voidPayment(f.clerk(), p->receiptNo, QStringLiteral("  "), f.supervisor())
                     .error()
                     .code(),
                 QStringLiteral("payment.reason_required"));
        QCOMPARE(payments
                     .voidPayment(f.clerk(), QStringLiteral("RCTZ01-20261123-D1-0099"), reason,
                                  f.supervisor())
                     .error()
                     .code(),
                 QStringLiteral("payment.not_found"));
        QCOMPARE(footprint(f), before);

        const Result<PaymentAdjustment> voided =
            payments.voidPayment(f.clerk(), p->receiptNo, reason, f.supervisor());
        QVERIFY2(voided.ok(), qPrintable(voided.error().english()));
        QCOMPARE(voided->amount, Money::fromYuan(50));
        const Result<Payment> after = payments.find(p->receiptNo);
        QCOMPARE(after->status, PaymentStatus::Voided);
        QCOMPARE(after->amount, Money::fromYuan(50)); // the original stays as it was
        QCOMPARE(after->eventHash, p->eventHash);
        const QJsonObject e = lastEvent(f, QStringLiteral("payment.voided"));
        QCOMPARE(e.value(QStringLiteral("receipt_no")).toString(), p->receiptNo);
        QCOMPARE(e.value(QStringLiteral("reason")).toString(), reason);
        QCOMPARE(e.value(QStringLiteral("approved_by")).toString(), QStringLiteral("2001"));

        before = footprint(f);
        QCOMPARE(
            payments.voidPayment(f.clerk(), p->receiptNo, reason, f.supervisor()).error().code(),
            QStringLiteral("payment.already_voided"));
        QCOMPARE(
            payments.refund(f.clerk(), p->receiptNo, QStringLiteral("10"), reason, f.supervisor())
                .error()
                .code(),
            QStringLiteral("payment.refund_voided"));
        QCOMPARE(footprint(f), before);

        // The payment row itself cannot be edited, even by hand.
        QSqlQuery q = f.db().query();
        QVERIFY(!q.exec(QStringLiteral("UPDATE payment SET amount_fen = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM payment")));
    }

    void noVoidAfterTheDayIsClosed()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Result<Shift> shift = f.openShift(f.clerk(), QStringLiteral("0"));
        QVERIFY(shift.ok());
        PaymentService payments(f.db());
        const Result<Payment> p = payments.take(
            f.clerk(), f.topUp(QStringLiteral("13308161234"), 1, PaymentMethod::Card, u"T77001"_s));
        QVERIFY(p.ok());
        QVERIFY(ShiftService(f.db()).close(f.clerk(), shift->shiftId, {}).ok());
        QVERIFY(DayCloseService(f.db()).close(f.supervisor(), Clock::today()).ok());

        Clock::setFixed(CashFixture::morning().addDays(1));
        QVERIFY(f.openShift(f.clerk(), QStringLiteral("0")).ok());
        const QList<qint64> before = footprint(f);
        const Result<PaymentAdjustment> v = payments.voidPayment(
            f.clerk(), p->receiptNo, QStringLiteral("客户反悔"), f.supervisor());
        QCOMPARE(v.error().code(), QStringLiteral("payment.void_after_close"));
        QVERIFY(isBilingual(v.error()));
        QCOMPARE(footprint(f), before);
        // A refund is still possible, dated today.
        const Result<PaymentAdjustment> r =
            payments.refund(f.clerk(), p->receiptNo, QStringLiteral("50"),
                            QStringLiteral("客户反悔"), f.supervisor());
        QVERIFY2(r.ok(), qPrintable(r.error().english()));
        QCOMPARE(r->businessDay, QDate(2026, 11, 24));
        QCOMPARE(payments.find(p->receiptNo)->status, PaymentStatus::Refunded);
    }

    void refundsPartOrAll_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("three decimals") << u"1.234"_s << u"money.too_many_decimals"_s;
        QTest::newRow("negative") << u"-3"_s << u"money.negative"_s;
        QTest::newRow("zero") << u"0.00"_s << u"payment.refund_zero"_s;
        QTest::newRow("absurd") << u"20000000"_s << u"money.too_large"_s;
        QTest::newRow("more than paid") << u"100.01"_s << u"payment.refund_too_much"_s;
        QTest::newRow("part") << u"30.50"_s << u""_s;
        QTest::newRow("all") << u"100"_s << u""_s;
    }

    void refundsPartOrAll()
    {
        QFETCH(QString, amount);
        QFETCH(QString, code);
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk()).ok());
        PaymentService payments(f.db());
        const Result<Payment> p = payments.take(
            f.clerk(), f.topUp(QStringLiteral("13308161234"), 2, PaymentMethod::Cash, u"100"_s));
        QVERIFY(p.ok());
        const QList<qint64> before = footprint(f);
        const Result<PaymentAdjustment> r = payments.refund(
            f.clerk(), p->receiptNo, amount, QStringLiteral("多缴退还"), f.supervisor());
        if (!code.isEmpty()) {
            QCOMPARE(r.error().code(), code);
            QVERIFY2(isBilingual(r.error()), qPrintable(r.error().bilingual()));
            QCOMPARE(footprint(f), before);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error().english()));
        const Money refunded = Money::parse(amount).value();
        QCOMPARE(r->amount, refunded);
        const Result<Payment> after = payments.find(p->receiptNo);
        QCOMPARE(after->refunded, refunded);
        QCOMPARE(after->amount, Money::fromYuan(100));
        QCOMPARE(after->status, refunded == Money::fromYuan(100) ? PaymentStatus::Refunded
                                                                 : PaymentStatus::PartRefunded);
        const QJsonObject e = lastEvent(f, QStringLiteral("payment.refunded"));
        QCOMPARE(e.value(QStringLiteral("amount_fen")).toInteger(), refunded.fen());
        QCOMPARE(e.value(QStringLiteral("approved_by")).toString(), QStringLiteral("2001"));
        QCOMPARE(e.value(QStringLiteral("reason")).toString(), QStringLiteral("多缴退还"));
        // What is left can be refunded, no more; a partly refunded payment is not voided.
        const Money left = Money::fromYuan(100) - refunded;
        if (left.isPositive()) {
            QCOMPARE(
                payments.voidPayment(f.clerk(), p->receiptNo, QStringLiteral("x"), f.supervisor())
                    .error()
                    .code(),
                QStringLiteral("payment.void_refunded"));
            QCOMPARE(payments
                         .refund(f.clerk(), p->receiptNo, (left + Money::fromFen(1)).formatPlain(),
                                 QStringLiteral("x"), f.supervisor())
                         .error()
                         .code(),
                     QStringLiteral("payment.refund_too_much"));
            QVERIFY(payments
                        .refund(f.clerk(), p->receiptNo, left.formatPlain(), QStringLiteral("x"),
                                f.supervisor())
                        .ok());
        }
        QCOMPARE(payments.find(p->receiptNo)->status, PaymentStatus::Refunded);
        QCOMPARE(payments.adjustments(p->receiptNo).size(), left.isPositive() ? 2 : 1);
    }

    void waiverNeedsASupervisor()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Result<Shift> shift = f.openShift(f.clerk());
        QVERIFY(shift.ok());
        PaymentService payments(f.db());
        PaymentRequest r = f.cashForCase(f.simCase(), QString());
        r.method = PaymentMethod::Waiver;
        r.waiverReason = QStringLiteral("特困供养人员，减免工本费");
        QCOMPARE(payments.take(f.clerk(), r, f.secondClerk()).error().code(),
                 QStringLiteral("approval.not_allowed"));
        const Result<Payment> p = payments.take(f.clerk(), r, f.supervisor());
        QVERIFY2(p.ok(), qPrintable(p.error().english()));
        QCOMPARE(p->method, PaymentMethod::Waiver);
        QCOMPARE(p->approvedBy, QStringLiteral("2001"));
        QCOMPARE(lastEvent(f, QStringLiteral("payment.taken"))
                     .value(QStringLiteral("approved_by"))
                     .toString(),
                 QStringLiteral("2001"));
        // Nothing came into the drawer, and nothing can be refunded.
        QCOMPARE(ShiftService(f.db()).takings(shift->shiftId).expectedCash(), Money::fromYuan(200));
        QCOMPARE(ShiftService(f.db()).takings(shift->shiftId).waived, Money::fromYuan(10));
        QCOMPARE(payments
                     .refund(f.clerk(), p->receiptNo, QStringLiteral("10"), QStringLiteral("x"),
                             f.supervisor())
                     .error()
                     .code(),
                 QStringLiteral("payment.refund_waiver"));
    }

    void reprintsAreCountedAndLogged()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk()).ok());
        PaymentService payments(f.db());
        const Result<Payment> p = payments.take(
            f.clerk(), f.topUp(QStringLiteral("13308161234"), 1, PaymentMethod::Cash, u"50"_s));
        QVERIFY(p.ok());
        const qint64 events = f.eventCount();
        QCOMPARE(payments.recordPrint(f.clerk(), p->receiptNo, QStringLiteral("roll")).value(), 0);
        QCOMPARE(f.eventCount(), events); // the original is no reprint
        QCOMPARE(payments.recordPrint(f.clerk(), p->receiptNo, QStringLiteral("a4")).value(), 1);
        QCOMPARE(payments.recordPrint(f.clerk(), p->receiptNo, QStringLiteral("roll")).value(), 2);
        QCOMPARE(f.eventCount(), events + 2);
        const QJsonObject e = lastEvent(f, QStringLiteral("receipt.reprinted"));
        QCOMPARE(e.value(QStringLiteral("receipt_no")).toString(), p->receiptNo);
        QCOMPARE(e.value(QStringLiteral("count")).toInt(), 2);

        const QList<qint64> before = footprint(f);
        const Result<int> third =
            payments.recordPrint(f.clerk(), p->receiptNo, QStringLiteral("roll"));
        QCOMPARE(third.error().code(), QStringLiteral("payment.reprint_needs_approval"));
        QCOMPARE(
            payments.recordPrint(f.clerk(), p->receiptNo, QStringLiteral("fax")).error().code(),
            QStringLiteral("payment.bad_paper"));
        QCOMPARE(footprint(f), before);
        QCOMPARE(
            payments.recordPrint(f.clerk(), p->receiptNo, QStringLiteral("roll"), f.supervisor())
                .value(),
            3);
        QCOMPARE(lastEvent(f, QStringLiteral("receipt.reprinted"))
                     .value(QStringLiteral("approved_by"))
                     .toString(),
                 QStringLiteral("2001"));
        QCOMPARE(payments.find(p->receiptNo)->prints, 4);
    }

    void receiptNumbersRestartEachDay()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Result<Shift> shift = f.openShift(f.clerk(), QStringLiteral("0"));
        PaymentService payments(f.db());
        QVERIFY(payments
                    .take(f.clerk(), f.topUp(QStringLiteral("13308161234"), 1, PaymentMethod::Card,
                                             u"A0001"_s))
                    .ok());
        QVERIFY(ShiftService(f.db()).close(f.clerk(), shift->shiftId, {}).ok());
        Clock::setFixed(CashFixture::morning().addDays(1));
        QVERIFY(f.openShift(f.clerk(), QStringLiteral("0")).ok());
        const Result<Payment> p = payments.take(
            f.clerk(), f.topUp(QStringLiteral("13308160000"), 1, PaymentMethod::Card, u"A0002"_s));
        QVERIFY2(p.ok(), qPrintable(p.error().english()));
        QCOMPARE(p->receiptNo, QStringLiteral("RCTZ01-20261124-D1-0001"));
    }
};

QTEST_MAIN(tst_PaymentService)
#include "tst_paymentservice.moc"
