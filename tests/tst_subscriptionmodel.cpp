// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A customer's services and a service's history as models: paged, ordered, coloured,
// refreshed after changes.
#include "core/common/clock.h"
#include "core/customers/subscriptionservice.h"
#include "core/staff/passwordhasher.h"
#include "counterfixture.h"
#include "models/servicehistorymodel.h"
#include "models/subscriptionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_SubscriptionModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;
    Customer m_holder;

private slots:
    void initTestCase() { PasswordHasher::setIterations(1000); }
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime).toUTC());
        m_f = std::make_unique<CounterFixture>();
        QVERIFY2(m_f->open(), qPrintable(m_f->problem()));
        m_holder = m_f->addCustomer(QStringLiteral("王建国"), "51072219800315002").value();
    }
    void cleanup()
    {
        m_f.reset();
        Clock::reset();
    }

    void servicesOfACustomer()
    {
        SubscriptionModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const Subscription first =
            m_f->openLine(m_holder, QStringLiteral("13308160001"), QDate(2027, 6, 30))->service;
        Clock::advance(60000);
        const Subscription broadband = m_f->openLine(m_holder, QStringLiteral("ad08165621234"),
                                                     QDate(), ServiceKind::Broadband)
                                           ->service;
        model.setCustomerId(m_holder.customerId);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SubscriptionModel::ColumnCount));
        QCOMPARE(model.index(0, SubscriptionModel::NumberColumn).data().toString(),
                 QStringLiteral("ad08165621234"));
        QCOMPARE(model.index(0, SubscriptionModel::KindColumn).data().toString(),
                 ServiceState::kindName(ServiceKind::Broadband));
        QCOMPARE(model.index(1, SubscriptionModel::ContractColumn).data().toString(),
                 SubscriptionModel::tr("Until %1").arg(QStringLiteral("2027-06-30")));
        QVERIFY(model.index(1, 0).data(SubscriptionModel::UnderContractRole).toBool());
        QVERIFY(!model.index(0, 0).data(SubscriptionModel::UnderContractRole).toBool());
        QCOMPARE(model.index(1, SubscriptionModel::OptionsColumn).data().toString(),
                 SubscriptionModel::optionsText(first));
        QVERIFY(model.index(1, SubscriptionModel::OptionsColumn)
                    .data()
                    .toString()
                    .contains(first.simIccid().right(6)));
        QCOMPARE(model.rowOf(broadband.serviceId), 0);

        // A change refreshes the list; a cancelled service goes to the end, greyed.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ServiceChangeRequest cancel;
        cancel.change = ServiceChange::Cancel;
        cancel.proof = IdentityProof::idNumber(m_holder.idNumber);
        cancel.reason = QStringLiteral("现金");
        cancel.contractConfirmed = true;
        QVERIFY(SubscriptionService(m_f->db()).change(CounterFixture::clerk(), broadband.serviceId,
                                                      cancel));
        QVERIFY(reset.count() >= 1);
        QCOMPARE(model.index(1, SubscriptionModel::NumberColumn).data().toString(),
                 QStringLiteral("ad08165621234"));
        QCOMPARE(model.index(1, 0).data(SubscriptionModel::StatusKeyRole).toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, SubscriptionModel::StatusColumn).data().toString(),
                 ServiceState::statusName(ServiceStatus::Cancelled));
    }

    void pagesThroughManyServices()
    {
        // Broadband accounts have no per-holder limit: 45 of them, pages of 20.
        for (int i = 0; i < 45; ++i) {
            QVERIFY(m_f->openLine(m_holder,
                                  QStringLiteral("ad0816%1").arg(i, 6, 10, QLatin1Char('0')),
                                  QDate(), ServiceKind::Broadband)
                        .ok());
        }
        SubscriptionModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomerId(m_holder.customerId);
        QCOMPARE(model.rowCount(), 20);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 45);
    }

    void historyOfAService()
    {
        const Subscription line = m_f->openLine(m_holder, QStringLiteral("13308160001"))->service;
        ServiceHistoryModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServiceId(line.serviceId);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ServiceHistoryModel::ChangeColumn).data().toString(),
                 ServiceState::changeName(ServiceChange::Open));
        QCOMPARE(model.index(0, ServiceHistoryModel::FormNoColumn).data().toString(),
                 QStringLiteral("YWTZ01-20261123-D1-0001"));

        Clock::advance(60000);
        ServiceChangeRequest plan;
        plan.change = ServiceChange::Plan;
        plan.proof = IdentityProof::idNumber(m_holder.idNumber);
        plan.plan = QStringLiteral("59元融合套餐");
        QVERIFY(
            SubscriptionService(m_f->db()).change(CounterFixture::clerk(), line.serviceId, plan));
        QCOMPARE(model.rowCount(), 2);
        const QString details =
            model.index(0, ServiceHistoryModel::DetailsColumn).data().toString();
        QVERIFY2(details.contains(line.plan) && details.contains(QStringLiteral("59元融合套餐")),
                 qPrintable(details));
        QCOMPARE(model.index(0, ServiceHistoryModel::StaffColumn).data().toString(),
                 QStringLiteral("1001"));
        QCOMPARE(model.index(0, ServiceHistoryModel::AtColumn).data().toString(),
                 QStringLiteral("2026-11-23 10:01"));
        QVERIFY(!model.index(0, 0).data(ServiceHistoryModel::ChangeIdRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SubscriptionModel)
#include "tst_subscriptionmodel.moc"
