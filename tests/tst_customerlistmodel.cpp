// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter's results list: what the search box finds, a page at a time, masked as the
// role may see it, refreshed after writes.
#include "core/common/clock.h"
#include "core/customers/customerservice.h"
#include "core/storage/writetransaction.h"
#include "counterfixture.h"
#include "models/customerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_CustomerListModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;

private slots:
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime).toUTC());
        m_f = std::make_unique<CounterFixture>();
        QVERIFY2(m_f->open(), qPrintable(m_f->problem()));
        // 120 customers named 王…, one of them VIP; each a different ID number.
        CustomerService customers(m_f->db());
        WriteTransaction tx(m_f->db());
        for (int i = 0; i < 120; ++i) {
            NewCustomer c;
            c.name = QStringLiteral("王%1").arg(QChar(0x4e00 + i));
            c.idNumber = CounterFixture::residentId(
                qPrintable(QStringLiteral("51072219800101%1").arg(100 + i)));
            c.phone = QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0'));
            c.vip = i == 7;
            QVERIFY(customers.registerCustomer(tx, CounterFixture::clerk(), c).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    void cleanup()
    {
        m_f.reset();
        Clock::reset();
    }

    void fetchesPageByPage()
    {
        CustomerListModel model(m_f->db(), CounterFixture::clerk());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester fetches all it can when attached: start again from the first page.
        model.reload();
        // Nothing typed: the newest customers, one page.
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QCOMPARE(model.customer(0).name, QStringLiteral("王%1").arg(QChar(0x4e00 + 119)));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 100);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 120);
        QVERIFY(!model.canFetchMore(QModelIndex()));

        model.setSearchText(QStringLiteral("王"));
        QCOMPARE(model.rowCount(), 50);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 120);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(CustomerListModel::CustomerIdRole).toString());
        QCOMPARE(ids.size(), 120);

        model.setSearchText(QStringLiteral("13800130007"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(CustomerListModel::VipRole).toBool());
        QVERIFY(model.index(0, CustomerListModel::NameColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("王%1").arg(QChar(0x4e07))));
        model.setSearchText(QStringLiteral("赵"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    // Digits as they are typed list at once, up to the limit, with a word of more.
    void partialNumbersListAtOnce()
    {
        CustomerListModel model(m_f->db(), CounterFixture::clerk());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText(QStringLiteral("510722"));
        QCOMPARE(model.rowCount(), CustomerService::PartialNumberLimit);
        QVERIFY(model.moreMatches());
        model.setSearchText(QStringLiteral("5107221980010110"));
        QCOMPARE(model.rowCount(), 10); // …100 to …109
        QVERIFY(!model.moreMatches());
        // The last four of a mobile.
        model.setSearchText(QStringLiteral("0007"));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(CustomerListModel::VipRole).toBool());
        QVERIFY(!model.moreMatches());
        // Whole numbers are looked up exactly, names paged as before.
        model.setSearchText(QStringLiteral("王"));
        QVERIFY(!model.moreMatches());
        QVERIFY(model.canFetchMore(QModelIndex()));
    }

    void masksByRole()
    {
        const QString id = CounterFixture::residentId("51072219800101100");
        CustomerListModel clerk(m_f->db(), CounterFixture::clerk());
        clerk.setSearchText(id);
        QCOMPARE(clerk.rowCount(), 1);
        QCOMPARE(clerk.index(0, CustomerListModel::IdNumberColumn).data().toString(),
                 QStringLiteral("510722********") + id.right(4));
        QCOMPARE(clerk.index(0, CustomerListModel::PhoneColumn).data().toString(),
                 QStringLiteral("138****0000"));
        CustomerListModel supervisor(m_f->db(), CounterFixture::supervisor());
        supervisor.setSearchText(id);
        QCOMPARE(supervisor.index(0, CustomerListModel::IdNumberColumn).data().toString(), id);
        QCOMPARE(
            supervisor.headerData(CustomerListModel::IdNumberColumn, Qt::Horizontal).toString(),
            CustomerListModel::tr("ID number"));
    }

    void refreshesAfterWrites()
    {
        CustomerListModel model(m_f->db(), CounterFixture::clerk());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText(QStringLiteral("李"));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_f->addCustomer(QStringLiteral("李秀英"), "51070319650412002").ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(model.customer(0).customerId), 0);
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
    }
};

QTEST_GUILESS_MAIN(tst_CustomerListModel)
#include "tst_customerlistmodel.moc"
