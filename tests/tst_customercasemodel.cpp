// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A customer's open cases on the card: read-only, only what is still open, overdue red
// and due soon yellow, paged, refreshed when cases change.
#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/master/masterdata.h"
#include "counterfixture.h"
#include "models/customercasemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

class tst_CustomerCaseModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;
    Customer m_customer;

    QString registerCase(const QString &item, const QJsonObject &form)
    {
        NewCase c;
        c.itemCode = item;
        c.customerId = m_customer.customerId;
        c.formData = form;
        c.materialsReceived = MasterData::item(m_f->db().connection(), item)->materials;
        const Result<QString> caseNo =
            CaseService(m_f->db()).registerCase(CounterFixture::clerk(), c);
        if (!caseNo)
            qWarning("%s", qPrintable(caseNo.error().english()));
        return caseNo ? caseNo.value() : QString();
    }
    QJsonObject lowIncomeForm()
    {
        return {{QStringLiteral("household_size"), 3},
                {QStringLiteral("monthly_income"), 1200},
                {QStringLiteral("reason"), QStringLiteral("疾病")}};
    }
    void setDay(QDate day) { Clock::setFixed(QDateTime(day, QTime(10, 0), Qt::LocalTime).toUTC()); }

private slots:
    void init()
    {
        setDay(QDate(2026, 9, 1));
        m_f = std::make_unique<CounterFixture>();
        QVERIFY2(m_f->open(), qPrintable(m_f->problem()));
        m_customer = m_f->addCustomer(QStringLiteral("李秀英"), "51070319650412002").value();
    }
    void cleanup()
    {
        m_f.reset();
        Clock::reset();
    }

    void onlyOpenCasesWithTheirDueState()
    {
        CaseService cases(m_f->db());
        // Accepted on 2026-09-01 with 27 working days: due in October.
        const QString running = registerCase(QStringLiteral("G010"), lowIncomeForm());
        const CaseAcceptance accepted = cases.accept(CounterFixture::clerk(), running).value();
        // Finished the same day: not open.
        const QString done = registerCase(QStringLiteral("G024"),
                                          {{QStringLiteral("reason"), QStringLiteral("遗失")}});
        QVERIFY(cases.accept(CounterFixture::clerk(), done));
        QVERIFY(cases.complete(CounterFixture::clerk(), done));
        // Refused: not open.
        const QString refused = registerCase(QStringLiteral("G010"), lowIncomeForm());
        QVERIFY(cases.refuse(CounterFixture::clerk(), refused, QStringLiteral("户籍不在本镇")));
        // Registered only, no due date yet.
        setDay(QDate(2026, 9, 2));
        const QString waiting = registerCase(QStringLiteral("G010"), lowIncomeForm());

        CustomerCaseModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomerId(m_customer.customerId);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CustomerCaseModel::CaseNoColumn).data().toString(), waiting);
        QCOMPARE(model.index(1, CustomerCaseModel::CaseNoColumn).data().toString(), running);
        QCOMPARE(model.index(1, CustomerCaseModel::ItemColumn).data().toString(),
                 QStringLiteral("最低生活保障申请"));
        QCOMPARE(model.index(1, CustomerCaseModel::StatusColumn).data().toString(),
                 CaseState::displayName(CaseStatus::Accepted));
        QCOMPARE(model.index(1, CustomerCaseModel::DueColumn).data().toString(),
                 accepted.dueOn.toString(Qt::ISODate));
        QCOMPARE(model.index(1, 0).data(CustomerCaseModel::DueStateRole).toString(), QString());
        QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());

        setDay(accepted.dueOn.addDays(-1));
        QCOMPARE(model.index(1, 0).data(CustomerCaseModel::DueStateRole).toString(),
                 QStringLiteral("due_soon"));
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
        setDay(accepted.dueOn.addDays(1));
        QCOMPARE(model.index(1, 0).data(CustomerCaseModel::DueStateRole).toString(),
                 QStringLiteral("overdue"));
        QVERIFY(model.index(1, CustomerCaseModel::DueColumn).data(Qt::ToolTipRole).isValid());
        QCOMPARE(model.index(0, 0).data(CustomerCaseModel::DueStateRole).toString(), QString());

        // Completing it takes it off the list.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(cases.complete(CounterFixture::clerk(), running));
        QVERIFY(reset.count() >= 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.caseAt(0).caseNo, waiting);
    }

    void pages()
    {
        for (int i = 0; i < 25; ++i)
            QVERIFY(!registerCase(QStringLiteral("G010"), lowIncomeForm()).isEmpty());
        CustomerCaseModel model(m_f->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCustomerId(m_customer.customerId);
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        model.setCustomerId(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void dueStates_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QString>("state");
        QTest::newRow("none") << QDate() << "";
        QTest::newRow("yesterday") << QDate(2026, 11, 22) << "overdue";
        QTest::newRow("today") << QDate(2026, 11, 23) << "due_soon";
        QTest::newRow("in two days") << QDate(2026, 11, 25) << "due_soon";
        QTest::newRow("in three days") << QDate(2026, 11, 26) << "";
    }
    void dueStates()
    {
        QFETCH(QDate, due);
        QFETCH(QString, state);
        QCOMPARE(CustomerCaseModel::dueState(due, QDate(2026, 11, 23)), state);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerCaseModel)
#include "tst_customercasemodel.moc"
