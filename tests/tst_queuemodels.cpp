// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's item models: contents, paging, refresh after writes, under
// QAbstractItemModelTester.
#include "core/common/clock.h"
#include "core/queue/callbackservice.h"
#include "core/queue/ratingservice.h"
#include "core/queue/ticketservice.h"
#include "core/storage/writetransaction.h"
#include "models/callbackmodel.h"
#include "models/categoryloadmodel.h"
#include "models/customerticketmodel.h"
#include "models/recentcallmodel.h"
#include "models/ticketlistmodel.h"
#include "models/windowloadmodel.h"
#include "queuefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const auto kReport = QAbstractItemModelTester::FailureReportingMode::QtTest;

Session at(const char *staffNo, const char *window)
{
    return QueueFixture::clerk(QString::fromLatin1(staffNo), QString::fromLatin1(window));
}

} // namespace

class tst_QueueModels : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Clock::reset(); }

    void waitingListFollowsTheQueue()
    {
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        TicketService tickets(hall.db());
        TicketListModel model(hall.db());
        model.showWaitingFor(QStringLiteral("W01"));
        QAbstractItemModelTester tester(&model, kReport);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(TicketListModel::ColumnCount));
        QVERIFY(tickets.issue(at("1001", "W01"), {QStringLiteral("A"), {}, {}, {}}).ok());
        Clock::advance(60000);
        QVERIFY(tickets.issue(at("1001", "W01"), {QStringLiteral("C"), {}, {}, {}}).ok());
        QVERIFY(
            tickets
                .issue(at("1001", "W01"), {QStringLiteral("B"), QStringLiteral("disabled"), {}, {}})
                .ok());
        // W01 serves A and B: the green B001 first, then A001; C001 is not W01's.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TicketListModel::NumberColumn).data().toString(),
                 QStringLiteral("B001"));
        QCOMPARE(model.index(0, TicketListModel::CategoryColumn).data().toString(),
                 QStringLiteral("民政残联"));
        QCOMPARE(model.index(0, TicketListModel::PriorityColumn).data().toString(),
                 TicketText::priorityName(QStringLiteral("disabled")));
        QVERIFY(model.index(0, 0).data(TicketListModel::GreenRole).toBool());
        QCOMPARE(model.index(1, 0).data(TicketListModel::TicketNoRole).toString(),
                 QStringLiteral("A001"));
        QCOMPARE(model.index(1, TicketListModel::WaitColumn).data().toString(),
                 TicketText::duration(60));
        QVERIFY(tickets.callNext(at("1001", "W01"), QStringLiteral("W01")).ok());
        QCOMPARE(model.rowCount(), 1);

        TicketListModel all(hall.db());
        QAbstractItemModelTester allTester(&all, kReport);
        QCOMPARE(all.rowCount(), 2); // A001 and C001 still wait

        TicketListModel parked(hall.db());
        parked.showParkedAt(QStringLiteral("W01"));
        QAbstractItemModelTester parkedTester(&parked, kReport);
        QCOMPARE(parked.rowCount(), 0);
        QVERIFY(tickets.park(at("1001", "W01"), QStringLiteral("W01")).ok());
        QCOMPARE(parked.rowCount(), 1);
        QCOMPARE(parked.index(0, TicketListModel::StatusColumn).data().toString(),
                 TicketText::statusName(QStringLiteral("parked")));
    }

    void waitingListFetchesPages()
    {
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        TicketService tickets(hall.db());
        {
            WriteTransaction tx(hall.db());
            for (int i = 0; i < 250; ++i) {
                Clock::advance(1000);
                QVERIFY(
                    tickets.issue(tx, at("1001", "W01"), {QStringLiteral("A"), {}, {}, {}}).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        TicketListModel model(hall.db());
        model.showWaitingFor(QStringLiteral("W01"));
        // A page at a time (the tester, made afterwards, fetches on its own).
        QCOMPARE(model.rowCount(), TicketListModel::PageSize);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 2 * TicketListModel::PageSize);
        QAbstractItemModelTester tester(&model, kReport);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.index(249, 0).data().toString(), QStringLiteral("A250"));
    }

    void customerTickets()
    {
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        TicketService tickets(hall.db());
        const Session me = at("1001", "W05");
        CustomerTicketModel model(hall.db(), hall.customerId());
        QAbstractItemModelTester tester(&model, kReport);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(tickets.issue(me, {QStringLiteral("C"), {}, hall.customerPhone(), {}}).ok());
        QVERIFY(tickets.issue(me, {QStringLiteral("C"), {}, {}, {}}).ok());
        QVERIFY(tickets.callNext(me, QStringLiteral("W05")).ok());
        QVERIFY(tickets.finish(me, QStringLiteral("W05")).ok());
        QVERIFY(RatingService(hall.db()).rateTicket(me, QStringLiteral("C001"), 4).ok());
        Clock::advance(24 * 3600 * 1000);
        QVERIFY(tickets.issue(me, {QStringLiteral("A"), {}, hall.customerIdNumber(), {}}).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(TicketListModel::BusinessDayRole).toDate(),
                 QDate(2026, 11, 24));
        QCOMPARE(model.index(0, TicketListModel::NumberColumn).data().toString(),
                 QStringLiteral("A001"));
        QCOMPARE(model.index(1, TicketListModel::NumberColumn).data().toString(),
                 QStringLiteral("C001"));
        QCOMPARE(model.index(1, TicketListModel::StatusColumn).data().toString(),
                 TicketText::statusName(QStringLiteral("served")));
        QCOMPARE(model.index(1, TicketListModel::WindowColumn).data().toString(),
                 QStringLiteral("W05"));
        QCOMPARE(model.index(1, 0).data(TicketListModel::ScoreRole).toInt(), 4);
        QCOMPARE(model.index(1, TicketListModel::ScoreColumn).data().toString(),
                 QStringLiteral("4 ") + RatingService::scoreName(4));
        QVERIFY(model.index(1, TicketListModel::IssuedColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("2026-11-23")));
    }

    void recentCallsAnnounceWhatIsNew()
    {
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        TicketService tickets(hall.db());
        for (int i = 0; i < 3; ++i)
            QVERIFY(tickets.issue(at("1001", "W01"), {QStringLiteral("A"), {}, {}, {}}).ok());
        QVERIFY(tickets.issue(at("1001", "W01"), {QStringLiteral("C"), {}, {}, {}}).ok());
        RecentCallModel model(hall.db(), 3);
        QAbstractItemModelTester tester(&model, kReport);
        QSignalSpy spy(&model, &RecentCallModel::newCalls);
        QCOMPARE(model.rowCount(), 0);
        Clock::advance(1000);
        QVERIFY(tickets.callNext(at("1001", "W01"), QStringLiteral("W01")).ok());
        QCOMPARE(spy.count(), 1);
        auto calls = spy.takeFirst().at(0).value<QList<RecentCallModel::Call>>();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).ticketNo, QStringLiteral("A001"));
        QCOMPARE(calls.at(0).window, QStringLiteral("W01"));
        QCOMPARE(calls.at(0).windowName, QStringLiteral("综合窗口"));
        Clock::advance(1000);
        QVERIFY(tickets.callNext(at("1002", "W05"), QStringLiteral("W05")).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(RecentCallModel::TicketNoRole).toString(),
                 QStringLiteral("C001"));
        // Finishing changes the ticket, but it is no new call.
        spy.clear();
        QVERIFY(tickets.finish(at("1002", "W05"), QStringLiteral("W05")).ok());
        QCOMPARE(spy.count(), 0);
        // A recall is announced again and moves to the top.
        Clock::advance(1000);
        QVERIFY(tickets.recall(at("1001", "W01"), QStringLiteral("W01")).ok());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.index(0).data(RecentCallModel::TicketNoRole).toString(),
                 QStringLiteral("A001"));
        QCOMPARE(model.index(0).data(RecentCallModel::CallCountRole).toInt(), 2);
        // The display keeps the latest ones only.
        for (int i = 0; i < 2; ++i) {
            QVERIFY(tickets.finish(at("1001", "W01"), QStringLiteral("W01")).ok());
            Clock::advance(1000);
            QVERIFY(tickets.callNext(at("1001", "W01"), QStringLiteral("W01")).ok());
        }
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(RecentCallModel::TicketNoRole).toString(),
                 QStringLiteral("A003"));
    }

    void callbacksOverdueAndPaging()
    {
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        {
            WriteTransaction tx(hall.db());
            for (int i = 0; i < 120; ++i) {
                NewCallback c;
                c.ticketNo = QStringLiteral("A%1").arg(i + 1, 3, 10, QLatin1Char('0'));
                c.businessDay = QDate(2026, 11, 20);
                c.reason = QStringLiteral("rating");
                c.score = 2;
                c.customerId = i == 0 ? hall.customerId() : QString();
                c.contactPhone = QStringLiteral("13800138000");
                c.dueOn = QDate(2026, 11, 20).addDays(i == 0 ? 1 : 3); // the first is overdue
                QVERIFY(CallbackService::open(tx, c).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        CallbackModel model(hall.db());
        QCOMPARE(model.rowCount(), CallbackModel::PageSize);
        // Qt 6.4's tester fetches more while a reset is still in flight and then reports
        // its own reentrancy: it watches the model until the reload below.
        auto tester = std::make_unique<QAbstractItemModelTester>(&model, kReport);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.index(0, CallbackModel::DueColumn).data().toString(),
                 QStringLiteral("2026-11-21"));
        QVERIFY(model.index(0, 0).data(CallbackModel::OverdueRole).toBool());
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(0, CallbackModel::StatusColumn).data().toString(),
                 CallbackModel::tr("Overdue"));
        QCOMPARE(model.index(0, CallbackModel::PhoneColumn).data().toString(),
                 QStringLiteral("138****8000"));
        QVERIFY(!model.index(0, CallbackModel::CustomerColumn).data().toString().isEmpty());
        QVERIFY(!model.index(1, 0).data(CallbackModel::OverdueRole).toBool()); // due today
        QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());

        const QString first = model.index(0, 0).data(CallbackModel::CallbackIdRole).toString();
        tester.reset();
        QVERIFY(CallbackService(hall.db())
                    .record(at("1001", "W01"), first, {true, QStringLiteral("resolved"), {}})
                    .ok());
        QCOMPARE(model.rowOf(first), -1); // reloaded: the open ones only
        tester = std::make_unique<QAbstractItemModelTester>(&model, kReport);
        QCOMPARE(model.rowCount(), 119);
        tester.reset();
        model.setShowDone(true);
        tester = std::make_unique<QAbstractItemModelTester>(&model, kReport);
        QVERIFY(model.rowOf(first) >= 0);
        QCOMPARE(model.index(model.rowOf(first), CallbackModel::StatusColumn).data().toString(),
                 CallbackService::outcomeName(QStringLiteral("resolved")));
    }

    void figuresModels()
    {
        QueueFixture hall;
        QVERIFY2(hall.open(), qPrintable(hall.problem()));
        TicketService tickets(hall.db());
        CategoryLoadModel categories(hall.db());
        WindowLoadModel windows(hall.db());
        QAbstractItemModelTester categoryTester(&categories, kReport);
        QAbstractItemModelTester windowTester(&windows, kReport);
        QCOMPARE(categories.rowCount(), 3);
        QCOMPARE(windows.rowCount(), 4);
        QVERIFY(
            tickets.issue(at("1001", "W01"), {QStringLiteral("B"), QStringLiteral("vip"), {}, {}})
                .ok());
        QVERIFY(tickets.issue(at("1001", "W01"), {QStringLiteral("B"), {}, {}, {}}).ok());
        Clock::advance(5 * 60000);
        categories.reload();
        QCOMPARE(categories.index(1, CategoryLoadModel::CategoryColumn).data().toString(),
                 QStringLiteral("B 民政残联"));
        QCOMPARE(categories.index(1, CategoryLoadModel::WaitingColumn).data().toInt(), 2);
        QCOMPARE(categories.index(1, CategoryLoadModel::GreenColumn).data().toInt(), 1);
        QCOMPARE(categories.index(1, CategoryLoadModel::LongestWaitColumn).data().toString(),
                 TicketText::duration(300));
        QCOMPARE(categories.waitingIn(QStringLiteral("B")), 2);
        QVERIFY(tickets.callNext(at("1002", "W02"), QStringLiteral("W02")).ok());
        QCOMPARE(categories.waitingIn(QStringLiteral("B")), 1);
        QCOMPARE(windows.index(1, WindowLoadModel::StaffColumn).data().toString(),
                 QStringLiteral("1002"));
        QCOMPARE(windows.index(1, WindowLoadModel::CurrentColumn).data().toString(),
                 QStringLiteral("B001"));
        Clock::advance(4 * 60000);
        QVERIFY(tickets.finish(at("1002", "W02"), QStringLiteral("W02")).ok());
        QCOMPARE(windows.index(1, WindowLoadModel::ServedColumn).data().toInt(), 1);
        QCOMPARE(windows.index(1, WindowLoadModel::ServiceColumn).data().toString(),
                 TicketText::duration(240));
    }
};

QTEST_MAIN(tst_QueueModels)
#include "tst_queuemodels.moc"
