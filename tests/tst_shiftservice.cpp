// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Shifts: opened with a float, one per clerk and per window, closed by counting the drawer
// with the variance recorded, handed over to the next clerk; bad input changes nothing.
#include "cashfixture.h"
#include "core/cash/paymentservice.h"
#include "core/cash/shiftservice.h"
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
    for (const char *sql :
         {"SELECT count(*) FROM shift", "SELECT count(*) FROM shift WHERE status = 'open'",
          "SELECT count(*) FROM shift_cash_count", "SELECT count(*) FROM event_log"})
        rows.append(f.scalar(QString::fromLatin1(sql)));
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

CashCount count(std::initializer_list<std::pair<int, int>> pieces)
{
    CashCount c;
    for (const auto &[denomination, n] : pieces)
        c.pieces.insert(denomination, n);
    return c;
}

} // namespace

class tst_ShiftService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }

    void openTakeCountClose()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        ShiftService shifts(f.db());
        const Result<Shift> opened = f.openShift(f.clerk(), u"200.00"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.error().english()));
        QCOMPARE(opened->window, QStringLiteral("W01"));
        QCOMPARE(opened->floatAmount, Money::fromYuan(200));
        QCOMPARE(opened->businessDay, QDate(2026, 11, 23));
        QJsonObject e = lastEvent(f, QStringLiteral("shift.opened"));
        QCOMPARE(e.value(QStringLiteral("shift_id")).toString(), opened->shiftId);
        QCOMPARE(e.value(QStringLiteral("window")).toString(), QStringLiteral("W01"));
        QCOMPARE(e.value(QStringLiteral("float_fen")).toInteger(), 20000);
        QCOMPARE(shifts.current(QStringLiteral("1001"))->shiftId, opened->shiftId);

        PaymentService payments(f.db());
        QVERIFY(payments.take(f.clerk(), f.cashForCase(f.simCase(), u"20"_s)).ok()); // +10
        const Result<Payment> topUp = payments.take(
            f.clerk(), f.topUp(u"13308161234"_s, 2, PaymentMethod::Cash, u"100"_s)); // +100
        QVERIFY(topUp.ok());
        QVERIFY(
            payments.take(f.clerk(), f.topUp(u"13308160001"_s, 1, PaymentMethod::Card, u"C9001"_s))
                .ok());
        QVERIFY(payments.refund(f.clerk(), topUp->receiptNo, u"25.50"_s, u"多缴"_s, f.supervisor())
                    .ok()); // -25.50 cash
        const ShiftTakings t = shifts.takings(opened->shiftId);
        QCOMPARE(t.cashIn, Money::fromYuan(110));
        QCOMPARE(t.cashOut, Money::fromFen(2550));
        QCOMPARE(t.card, Money::fromYuan(50));
        QCOMPARE(t.payments, 3);
        QCOMPARE(t.adjustments, 1);
        const Money expected = Money::fromFen(20000 + 11000 - 2550); // ¥284.50
        QCOMPARE(t.expectedCash(), expected);

        // The drawer holds ¥1.50 less than expected: refused without a note.
        ShiftClosing closing;
        closing.count = count({{10000, 2}, {2000, 4}, {100, 3}, {10, 0}}); // ¥283.00
        const QList<qint64> before = footprint(f);
        const Result<Shift> noNote = shifts.close(f.clerk(), opened->shiftId, closing);
        QCOMPARE(noNote.error().code(), QStringLiteral("shift.note_required"));
        QVERIFY(noNote.error().english().contains(QStringLiteral("-¥1.50")));
        QCOMPARE(footprint(f), before);

        closing.note = QStringLiteral("找零时多找了1.50元");
        const Result<Shift> closed = shifts.close(f.clerk(), opened->shiftId, closing);
        QVERIFY2(closed.ok(), qPrintable(closed.error().english()));
        QCOMPARE(closed->expectedCash, expected);
        QCOMPARE(closed->countedCash, Money::fromYuan(283));
        QCOMPARE(closed->variance, Money::fromFen(-150));
        e = lastEvent(f, QStringLiteral("shift.closed"));
        QCOMPARE(e.value(QStringLiteral("shift_id")).toString(), opened->shiftId);
        QCOMPARE(e.value(QStringLiteral("expected_cash_fen")).toInteger(), expected.fen());
        QCOMPARE(e.value(QStringLiteral("counted_cash_fen")).toInteger(), 28300);
        QCOMPARE(e.value(QStringLiteral("variance_fen")).toInteger(), -150);
        QCOMPARE(e.value(QStringLiteral("counts")).toObject().value(QStringLiteral("2000")).toInt(),
                 4);
        const Result<Shift> stored = shifts.find(opened->shiftId);
        QVERIFY(!stored->open);
        QCOMPARE(stored->count.total(), Money::fromYuan(283));
        QCOMPARE(stored->variance, Money::fromFen(-150));
        QVERIFY(!shifts.current(QStringLiteral("1001")));

        // Closed, it takes no more money and cannot be closed again.
        QCOMPARE(
            payments.take(f.clerk(), f.topUp(u"13308161234"_s, 1, PaymentMethod::Cash, u"50"_s))
                .error()
                .code(),
            QStringLiteral("shift.none"));
        QCOMPARE(shifts.close(f.clerk(), opened->shiftId, closing).error().code(),
                 QStringLiteral("shift.not_open"));
    }

    void badOpeningIsRefused_data()
    {
        QTest::addColumn<QString>("floatText");
        QTest::addColumn<QString>("code");
        QTest::newRow("three decimals") << u"200.005"_s << u"money.too_many_decimals"_s;
        QTest::newRow("negative") << u"-200"_s << u"money.negative"_s;
        QTest::newRow("absurd") << u"50000.01"_s << u"shift.float_too_large"_s;
        QTest::newRow("beyond any amount") << u"123456789012"_s << u"money.too_large"_s;
        QTest::newRow("empty") << u""_s << u"money.empty"_s;
        QTest::newRow("words") << u"两百"_s << u"money.invalid_character"_s;
    }

    void badOpeningIsRefused()
    {
        QFETCH(QString, floatText);
        QFETCH(QString, code);
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const QList<qint64> before = footprint(f);
        const Result<Shift> s = f.openShift(f.clerk(), floatText);
        QCOMPARE(s.error().code(), code);
        QVERIFY(s.error().message() != s.error().english());
        QCOMPARE(footprint(f), before);
    }

    void oneShiftPerClerkAndPerWindow()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk()).ok());
        const QList<qint64> before = footprint(f);
        QCOMPARE(f.openShift(f.clerk()).error().code(), QStringLiteral("shift.already_open"));
        // Another clerk at the same window: one drawer, one shift.
        const Session sameWindow =
            TestDatabase::staff(QStringLiteral("1002"), Role::Clerk, QStringLiteral("W01"));
        QCOMPARE(f.openShift(sameWindow).error().code(), QStringLiteral("shift.window_busy"));
        const Session nowhere =
            TestDatabase::staff(QStringLiteral("1002"), Role::Clerk, QStringLiteral("W99"));
        QCOMPARE(f.openShift(nowhere).error().code(), QStringLiteral("shift.unknown_window"));
        QCOMPARE(footprint(f), before);
        QVERIFY(f.openShift(f.secondClerk()).ok()); // at W05
    }

    void othersCloseOnlyAsSupervisor()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Result<Shift> s = f.openShift(f.clerk(), u"0"_s);
        QVERIFY(s.ok());
        const QList<qint64> before = footprint(f);
        QCOMPARE(ShiftService(f.db()).close(f.secondClerk(), s->shiftId, {}).error().code(),
                 QStringLiteral("shift.not_yours"));
        QCOMPARE(footprint(f), before);
        // The clerk is absent: the supervisor counts before a witness, recorded in the event.
        QCOMPARE(ShiftService(f.db()).close(f.supervisor(), s->shiftId, {}).error().code(),
                 QStringLiteral("shift.witness_required"));
        for (const QString &witness : {u"2001"_s, u"1001"_s, u"7777"_s}) {
            ShiftClosing bad;
            bad.witness = witness;
            QCOMPARE(ShiftService(f.db()).close(f.supervisor(), s->shiftId, bad).error().code(),
                     QStringLiteral("shift.bad_witness"));
        }
        QCOMPARE(footprint(f), before);
        ShiftClosing witnessed;
        witnessed.witness = u"1002"_s;
        const Result<Shift> closed =
            ShiftService(f.db()).close(f.supervisor(), s->shiftId, witnessed);
        QVERIFY2(closed.ok(), qPrintable(closed.error().english()));
        QCOMPARE(closed->closedBy, QStringLiteral("2001"));
        QSqlQuery q(f.db().connection());
        QVERIFY(q.exec(u"SELECT data FROM event_log WHERE type = 'shift.closed'"_s) && q.next());
        const QJsonObject data = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QCOMPARE(data.value(u"witness"_s).toString(), u"1002"_s);
        QCOMPARE(data.value(u"closed_by"_s).toString(), u"2001"_s);
    }

    void badClosingIsRefused_data()
    {
        QTest::addColumn<int>("denomination");
        QTest::addColumn<int>("pieces");
        QTest::addColumn<QString>("floatLeft");
        QTest::addColumn<QString>("handoverTo");
        QTest::addColumn<QString>("code");
        QTest::newRow("no such note") << 3000 << 1 << u""_s << u""_s << u"shift.bad_count"_s;
        QTest::newRow("negative pieces") << 10000 << -1 << u""_s << u""_s << u"shift.bad_count"_s;
        QTest::newRow("absurd pieces") << 100 << 1000000 << u""_s << u""_s << u"shift.bad_count"_s;
        QTest::newRow("float left three decimals")
            << 10000 << 2 << u"100.001"_s << u""_s << u"money.too_many_decimals"_s;
        QTest::newRow("float left negative")
            << 10000 << 2 << u"-100"_s << u""_s << u"money.negative"_s;
        QTest::newRow("leaving more than counted")
            << 10000 << 2 << u"300"_s << u""_s << u"shift.float_left_too_large"_s;
        QTest::newRow("handover to nobody")
            << 10000 << 2 << u"100"_s << u"7777"_s << u"shift.unknown_handover"_s;
        QTest::newRow("handover to partner staff")
            << 10000 << 2 << u"100"_s << u"1003"_s << u"shift.unknown_handover"_s;
        QTest::newRow("handover to oneself")
            << 10000 << 2 << u"100"_s << u"1001"_s << u"shift.unknown_handover"_s;
    }

    void badClosingIsRefused()
    {
        QFETCH(int, denomination);
        QFETCH(int, pieces);
        QFETCH(QString, floatLeft);
        QFETCH(QString, handoverTo);
        QFETCH(QString, code);
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        const Result<Shift> s = f.openShift(f.clerk(), u"200"_s);
        QVERIFY(s.ok());
        ShiftClosing closing;
        closing.count.pieces.insert(denomination, pieces);
        closing.floatLeft = floatLeft;
        closing.handoverTo = handoverTo;
        const QList<qint64> before = footprint(f);
        const Result<Shift> closed = ShiftService(f.db()).close(f.clerk(), s->shiftId, closing);
        QCOMPARE(closed.error().code(), code);
        QVERIFY(closed.error().message() != closed.error().english());
        QCOMPARE(footprint(f), before);
    }

    void drawerIsHandedOver()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        ShiftService shifts(f.db());
        const Result<Shift> first = f.openShift(f.clerk(), u"200"_s);
        QVERIFY(first.ok());
        ShiftClosing closing;
        closing.count = count({{10000, 2}});
        closing.floatLeft = u"100"_s;
        closing.handoverTo = u"1002"_s;
        const Result<Shift> closed = shifts.close(f.clerk(), first->shiftId, closing);
        QVERIFY2(closed.ok(), qPrintable(closed.error().english()));
        const QJsonObject e = lastEvent(f, QStringLiteral("shift.closed"));
        QCOMPARE(e.value(QStringLiteral("float_left_fen")).toInteger(), 10000);
        QCOMPARE(e.value(QStringLiteral("handed_in_fen")).toInteger(), 10000);
        QCOMPARE(e.value(QStringLiteral("handover_to")).toString(), QStringLiteral("1002"));

        // The next clerk at that window takes the drawer over.
        Clock::advance(60 * 1000);
        QCOMPARE(shifts.handover(QStringLiteral("W01"))->shiftId, first->shiftId);
        const Session next =
            TestDatabase::staff(QStringLiteral("1002"), Role::Clerk, QStringLiteral("W01"));
        const Result<Shift> second = f.openShift(next, u"100"_s);
        QVERIFY2(second.ok(), qPrintable(second.error().english()));
        QCOMPARE(second->fromShiftId, first->shiftId);
        const QJsonObject opened = lastEvent(f, QStringLiteral("shift.opened"));
        QCOMPARE(opened.value(QStringLiteral("from_shift_id")).toString(), first->shiftId);
        QCOMPARE(opened.value(QStringLiteral("handed_over_fen")).toInteger(), 10000);
        QCOMPARE(opened.value(QStringLiteral("handed_over_by")).toString(), QStringLiteral("1001"));
        QVERIFY(!shifts.handover(QStringLiteral("W01"))); // taken over once only
    }

    void yesterdaysShiftTakesNothingToday()
    {
        CashFixture f;
        QVERIFY2(f.open(), qPrintable(f.problem()));
        QVERIFY(f.openShift(f.clerk(), u"0"_s).ok());
        Clock::setFixed(CashFixture::morning().addDays(1));
        const Result<Payment> p = PaymentService(f.db()).take(
            f.clerk(), f.topUp(u"13308161234"_s, 1, PaymentMethod::Card, u"T0001"_s));
        QCOMPARE(p.error().code(), QStringLiteral("shift.stale"));
        QVERIFY(p.error().english().contains(QStringLiteral("2026-11-23")));
    }
};

QTEST_MAIN(tst_ShiftService)
#include "tst_shiftservice.moc"
