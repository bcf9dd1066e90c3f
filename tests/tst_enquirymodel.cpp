// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// EnquiryModel: the phone enquiry log newest first, a page at a time, refreshed when a call
// is logged.
#include "core/common/clock.h"
#include "core/storage/writetransaction.h"
#include "models/enquirymodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_EnquiryModel : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { Clock::reset(); }

    void pagesNewestFirst()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC));
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        EnquiryService enquiries(t.db());
        const Session clerk = TestDatabase::staff(QStringLiteral("1001"));
        {
            WriteTransaction tx(t.db());
            for (int i = 1; i <= 150; ++i) {
                NewEnquiry e;
                e.name = QStringLiteral("来电人%1").arg(i);
                e.contact = QStringLiteral("13800138%1").arg(i, 3, 10, QLatin1Char('0'));
                e.subject = QStringLiteral("咨询第%1件事").arg(i);
                e.passedTo = QStringLiteral("本人答复");
                QVERIFY(enquiries.log(tx, clerk, e).ok());
                Clock::advance(60000);
            }
            QVERIFY(tx.commit().ok());
        }
        EnquiryModel model(t.db());
        QCOMPARE(model.rowCount(), EnquiryModel::PageSize);
        QCOMPARE(model.index(0, EnquiryModel::NameColumn).data().toString(),
                 QStringLiteral("来电人150"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 150);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(149, EnquiryModel::SubjectColumn).data().toString(),
                 QStringLiteral("咨询第1件事"));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        NewEnquiry e;
        e.name = QStringLiteral("周会计");
        e.unit = QStringLiteral("三台县鑫达建材有限公司");
        e.contact = QStringLiteral("0816-5621234");
        e.subject = QStringLiteral("失业登记需要哪些材料");
        e.passedTo = QStringLiteral("劳动保障窗口");
        QVERIFY(enquiries.log(clerk, e).ok());
        QCOMPARE(model.rowCount(), 151);
        QCOMPARE(model.index(0, EnquiryModel::UnitColumn).data().toString(),
                 QStringLiteral("三台县鑫达建材有限公司"));
        QCOMPARE(model.index(0, EnquiryModel::ContactColumn).data().toString(),
                 QStringLiteral("0816-5621234"));
        QCOMPARE(model.index(0, EnquiryModel::PassedToColumn).data().toString(),
                 QStringLiteral("劳动保障窗口"));
        QCOMPARE(model.index(0, EnquiryModel::StaffColumn).data().toString(),
                 QStringLiteral("1001"));
        QCOMPARE(model.index(0, 0).data(EnquiryModel::EnquiryIdRole).toString(),
                 model.enquiry(0).enquiryId);
        QVERIFY(!model.enquiry(0).enquiryId.isEmpty());
        for (int c = 0; c < EnquiryModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(tst_EnquiryModel)
#include "tst_enquirymodel.moc"
