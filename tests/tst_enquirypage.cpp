// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The phone enquiry log: a call noted down through the dialog (refused without a call-back
// number, written with one), and the list that shows it at once.
#include "core/common/clock.h"
#include "core/common/language.h"
#include "models/enquirymodel.h"
#include "screenshot.h"
#include "testdatabase.h"
#include "ui/cases/enquirydialog.h"
#include "ui/cases/enquirypage.h"
#include "ui/shell/appstyle.h"

#include <QApplication>
#include <QtTest>

class tst_EnquiryPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        AppStyle::apply(*qApp);
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }
    void cleanup() { Clock::reset(); }

    void logACall()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 11), QTime(2, 5), Qt::UTC));
        TestDatabase t;
        QVERIFY2(t.open(), qPrintable(t.problem()));
        EnquiryPage page(t.db(), TestDatabase::staff(QStringLiteral("1001")), nullptr);
        page.resize(1200, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::setActiveWindow(&page);
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        auto *dialog = page.findChild<EnquiryDialog *>();
        QVERIFY(dialog);
        dialog->fill(QStringLiteral("王大爷"), QStringLiteral("东风村3组"),
                     QStringLiteral("村委会"), QStringLiteral("高龄津贴什么时候发放？"),
                     QStringLiteral("民政窗口"));
        dialog->submit();
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(saveScreenshot(dialog, QStringLiteral("case-enquiry-dialog")));
        dialog->fill(QStringLiteral("王大爷"), QStringLiteral("东风村3组"),
                     QStringLiteral("0816-5621234"), QStringLiteral("高龄津贴什么时候发放？"),
                     QStringLiteral("民政窗口"));
        dialog->submit();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(!dialog->enquiryId().isEmpty());
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, EnquiryModel::PassedToColumn).data().toString(),
                 QStringLiteral("民政窗口"));
        QTest::qWait(50);
        QVERIFY(saveScreenshot(&page, QStringLiteral("case-enquiries")));
    }
};

QTEST_MAIN(tst_EnquiryPage)
#include "tst_enquirypage.moc"
