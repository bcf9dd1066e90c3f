// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// QueueFigures: the supervisor's live figures, from the day's events and open tickets.
#include "core/common/clock.h"
#include "core/queue/queuefigures.h"
#include "core/queue/ticketservice.h"
#include "queuefixture.h"

#include <QTest>

namespace {
constexpr qint64 kMinute = 60 * 1000;
}

class tst_QueueFigures : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Clock::reset(); }

    void emptyDay()
    {
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        const QueueFigures f = QueueFigures::compute(hall.db().connection());
        QCOMPARE(f.issued, 0);
        QCOMPARE(f.waiting, 0);
        QCOMPARE(f.averageWaitS, 0);
        // Every served category and every window is listed, even without tickets.
        QCOMPARE(f.categories.size(), 3);
        QCOMPARE(f.categories.at(0).code, QStringLiteral("A"));
        QCOMPARE(f.categories.at(0).name, QStringLiteral("综合业务"));
        QCOMPARE(f.windows.size(), 4);
    }

    void timesComeFromTheEvents()
    {
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        TicketService tickets(hall.db());
        const Session w01 = QueueFixture::clerk(QStringLiteral("1001"), QStringLiteral("W01"));
        const Session w05 = QueueFixture::clerk(QStringLiteral("1002"), QStringLiteral("W05"));
        const QString W01 = QStringLiteral("W01");
        const QString W05 = QStringLiteral("W05");
        // 09:00 A001, 09:02 C001, 09:04 A002, 09:06 B001 (elderly)
        QVERIFY(tickets.issue(w01, {QStringLiteral("A"), {}, {}, {}}).ok());
        Clock::advance(2 * kMinute);
        QVERIFY(tickets.issue(w01, {QStringLiteral("C"), {}, {}, {}}).ok());
        Clock::advance(2 * kMinute);
        QVERIFY(tickets.issue(w01, {QStringLiteral("A"), {}, {}, {}}).ok());
        Clock::advance(2 * kMinute);
        QVERIFY(tickets.issue(w01, {QStringLiteral("B"), QStringLiteral("elderly"), {}, {}}).ok());
        // 09:10 W01 calls B001 (green, waited 4 min), W05 calls C001 (waited 8 min)
        Clock::advance(4 * kMinute);
        QCOMPARE(tickets.callNext(w01, W01)->ticketNo, QStringLiteral("B001"));
        QCOMPARE(tickets.callNext(w05, W05)->ticketNo, QStringLiteral("C001"));
        // 09:16 W01 done after 6 min; 09:20 W05 done after 10 min
        Clock::advance(6 * kMinute);
        QVERIFY(tickets.finish(w01, W01).ok());
        // 09:16 W01 calls A001 (waited 16 min) and recalls it later: not a second wait
        QCOMPARE(tickets.callNext(w01, W01)->ticketNo, QStringLiteral("A001"));
        Clock::advance(4 * kMinute);
        QVERIFY(tickets.finish(w05, W05).ok());
        QVERIFY(tickets.recall(w01, W01).ok());
        // 09:22 A001 did not come.
        Clock::advance(2 * kMinute);
        QVERIFY(tickets.noShow(w01, W01).ok());

        const QueueFigures f = QueueFigures::compute(hall.db().connection());
        QCOMPARE(f.issued, 4);
        QCOMPARE(f.calls, 3);
        QCOMPARE(f.averageWaitS, (4 + 8 + 16) * 60 / 3);
        QCOMPARE(f.finished, 2); // the no-show has no service time
        QCOMPARE(f.averageServiceS, (6 + 10) * 60 / 2);
        QCOMPARE(f.served, 2);
        QCOMPARE(f.noShow, 1);
        // A002 has waited since 09:04: 18 minutes at 09:22.
        QCOMPARE(f.waiting, 1);
        QCOMPARE(f.longestWaitS, 18 * 60);
        QCOMPARE(f.categories.at(0).waiting, 1);
        QCOMPARE(f.categories.at(0).longestWaitS, 18 * 60);
        QCOMPARE(f.categories.at(1).waiting, 0);
        const WindowLoad &first = f.windows.at(0);
        QCOMPARE(first.code, W01);
        QCOMPARE(first.handler, QStringLiteral("1001"));
        QCOMPARE(first.served, 1);
        QCOMPARE(first.noShow, 1);
        QCOMPARE(first.averageServiceS, 6 * 60);
        const WindowLoad &telecom = f.windows.at(2);
        QCOMPARE(telecom.code, W05);
        QCOMPARE(telecom.served, 1);
        QCOMPARE(telecom.averageServiceS, 10 * 60);
        QVERIFY(telecom.currentTicket.isEmpty());
        QVERIFY(tickets.callNext(w01, W01).ok());
        QCOMPARE(QueueFigures::windowLoad(hall.db().connection()).at(0).currentTicket,
                 QStringLiteral("A002"));

        // Yesterday's figures stay yesterday's.
        Clock::advance(24 * 3600 * 1000);
        const QueueFigures next = QueueFigures::compute(hall.db().connection());
        QCOMPARE(next.issued, 0);
        QCOMPARE(next.calls, 0);
        QCOMPARE(next.waiting, 0);
        QCOMPARE(QueueFigures::compute(hall.db().connection(), QDate(2026, 11, 23)).issued, 4);
    }
};

QTEST_GUILESS_MAIN(tst_QueueFigures)
#include "tst_queuefigures.moc"
