// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The case list area: yellow and red rows for due-soon and overdue cases, the filters the
// clerk sets, opening a case and registering a new one from the list, and the count of
// due-soon and overdue cases on the main window's status bar, refreshed after each write.
#include "casefixture.h"
#include "core/cases/caseservice.h"
#include "core/cash/daycloseservice.h"
#include "core/common/clock.h"
#include "core/common/language.h"
#include "models/caselistmodel.h"
#include "screenshot.h"
#include "ui/cases/casedetaildialog.h"
#include "ui/cases/casepage.h"
#include "ui/cases/registercasedialog.h"
#include "ui/counter/formfieldeditor.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

class tst_CasePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<CaseFixture> m_f;
    QString m_overdue;
    QString m_dueSoon;
    QString m_complaint;

private slots:
    void initTestCase()
    {
        AppStyle::apply(*qApp);
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }

    // A working fortnight at the window, seen on Wednesday 11 November 2026.
    void init()
    {
        m_f = std::make_unique<CaseFixture>();
        QVERIFY2(m_f->open(8), qPrintable(m_f->problem()));
        CaseService cases(m_f->db());
        m_overdue =
            m_f->acceptedCase(QStringLiteral("G011"), QDate(2026, 10, 22), CaseFixture::clerk(), 0);
        m_dueSoon =
            m_f->acceptedCase(QStringLiteral("G001"), QDate(2026, 10, 29), CaseFixture::clerk(), 1);
        m_f->acceptedCase(QStringLiteral("G013"), QDate(2026, 11, 2), CaseFixture::clerk(), 2);
        const QString forwarded =
            m_f->acceptedCase(QStringLiteral("G032"), QDate(2026, 11, 3), CaseFixture::clerk(), 3);
        QVERIFY(
            cases.forward(CaseFixture::clerk(), forwarded, QStringLiteral("县自然资源局")).ok());
        const QString done = m_f->acceptedCase(QStringLiteral("T06"), QDate(2026, 11, 5),
                                               CaseFixture::otherClerk(), 4);
        QVERIFY(cases.complete(CaseFixture::otherClerk(), done).ok());
        m_complaint =
            m_f->complaint(QStringLiteral("T06"), QDate(2026, 10, 21), CaseKind::Complaint, 5);
        CaseFixture::setToday(QDate(2026, 11, 10));
        const QString waiting =
            m_f->registeredCase(QStringLiteral("G030"), CaseFixture::clerk(), 6);
        QVERIFY(
            cases
                .requestMaterials(CaseFixture::clerk(), waiting, {QStringLiteral("宅基地使用权证")})
                .ok());
        m_f->acceptedCase(QStringLiteral("G020"), QDate(2026, 11, 11), CaseFixture::clerk(), 7);
        CaseFixture::setToday(QDate(2026, 11, 11), QTime(15, 30));
    }
    void cleanup()
    {
        m_f.reset();
        Clock::reset();
    }

    void listShowsTheDueStates()
    {
        CasePage page(m_f->db(), CaseFixture::clerk(), nullptr);
        page.resize(1280, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        CaseListModel *model = page.model();
        // Open cases by urgency: the overdue one first.
        QCOMPARE(page.filter().status, CaseFilter::openStatus());
        QCOMPARE(page.filter().order, CaseFilter::Order::DueDate);
        QCOMPARE(model->rowCount(), 7);
        QCOMPARE(model->index(0, 0).data(CaseListModel::CaseNoRole).toString(), m_overdue);
        const auto background = [model](const QString &no) {
            return model->index(model->rowOf(no), CaseListModel::ItemColumn)
                .data(Qt::BackgroundRole)
                .value<QBrush>()
                .color();
        };
        QCOMPARE(background(m_overdue), CaseListModel::dueBackground(DueState::Overdue));
        QCOMPARE(background(m_dueSoon), CaseListModel::dueBackground(DueState::DueSoon));
        QCOMPARE(background(m_complaint), CaseListModel::dueBackground(DueState::DueSoon));
        QTest::qWait(50);
        QVERIFY(saveScreenshot(&page, QStringLiteral("case-list")));

        QVERIFY(page.setFilterControl(QStringLiteral("dueFilter"), int(CaseFilter::Due::Overdue)));
        QCOMPARE(model->rowCount(), 1);
        // Warnings: G011 overdue, G001 and the complaint due soon; today's immediate case
        // (即办件) is finished on the spot and never due soon.
        QVERIFY(page.setFilterControl(QStringLiteral("dueFilter"), int(CaseFilter::Due::Warnings)));
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(page.setFilterControl(QStringLiteral("kindFilter"), QStringLiteral("complaint")));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(page.setFilterControl(QStringLiteral("kindFilter"), QVariant()));
        QVERIFY(page.setFilterControl(QStringLiteral("dueFilter"), int(CaseFilter::Due::Any)));
        QVERIFY(page.setFilterControl(QStringLiteral("statusFilter"), QString()));
        QCOMPARE(page.filter().order, CaseFilter::Order::Newest);
        QCOMPARE(model->rowCount(), 8);
        QVERIFY(page.setFilterControl(QStringLiteral("windowFilter"), QStringLiteral("W05")));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(page.setFilterControl(QStringLiteral("windowFilter"), QString()));
        QVERIFY(page.setFilterControl(QStringLiteral("itemFilter"), QStringLiteral("G001")));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(page.setFilterControl(QStringLiteral("itemFilter"), QString()));
        QVERIFY(page.setFilterControl(QStringLiteral("clerkFilter"), QStringLiteral("1001")));
        QCOMPARE(model->rowCount(), 7); // all but the telecom case, taken by 1002
        QVERIFY(page.setFilterControl(QStringLiteral("clerkFilter"), QString()));
        QVERIFY(page.setFilterControl(QStringLiteral("caseNo"), m_dueSoon.left(21)));
        QVERIFY(model->rowCount() >= 1);
        QVERIFY(model->rowOf(m_dueSoon) >= 0);
    }

    void opensAndRegistersCases()
    {
        CasePage page(m_f->db(), CaseFixture::clerk(), nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->selectRow(0);
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Return);
        auto *detail = page.findChild<CaseDetailDialog *>();
        QVERIFY(detail);
        QCOMPARE(detail->caseNo(), m_overdue);
        detail->close();

        // Ctrl+N: a new case; once registered its detail opens.
        QApplication::setActiveWindow(&page);
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        auto *reg = page.findChild<RegisterCaseDialog *>();
        QVERIFY(reg);
        QVERIFY(reg->findApplicant(m_f->customerName(2)));
        QVERIFY(reg->selectItem(QStringLiteral("T09")));
        QVERIFY(reg->form()->setValue(QStringLiteral("number"), QStringLiteral("13912345678")));
        QVERIFY(reg->form()->setValue(QStringLiteral("amount"), QStringLiteral("50")));
        const int before = page.model()->rowCount();
        reg->submit();
        QVERIFY2(reg->errorText().isEmpty(), qPrintable(reg->errorText()));
        const QString registered = reg->caseNo();
        const auto opened = [&page, registered] {
            const QList<CaseDetailDialog *> dialogs = page.findChildren<CaseDetailDialog *>();
            return std::any_of(dialogs.cbegin(), dialogs.cend(), [&](CaseDetailDialog *d) {
                return d->caseNo() == registered && d->isVisible();
            });
        };
        QTRY_VERIFY(opened());
        QCOMPARE(page.model()->rowCount(), before + 1); // the list refreshed itself
    }

    // T09's 缴费金额 takes 0.01 to 5000 yuan: the form says so as it is typed, and the service
    // refuses -5 and 99999999999 even when the form is submitted regardless.
    void caseFormAmountsAreChecked()
    {
        RegisterCaseDialog reg(m_f->db(), CaseFixture::clerk(), QString());
        reg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reg));
        QVERIFY(reg.findApplicant(m_f->customerName(2)));
        QVERIFY(reg.selectItem(QStringLiteral("T09")));
        QVERIFY(reg.form()->setValue(QStringLiteral("number"), QStringLiteral("13912345678")));
        for (const char *amount : {"-5", "99999999999", "12.345"}) {
            QVERIFY(reg.form()->setValue(QStringLiteral("amount"), QLatin1String(amount)));
            QCOMPARE(reg.form()->invalidKeys(), QStringList{QStringLiteral("amount")});
            if (QLatin1String(amount) == QLatin1String("-5")) {
                QTest::qWait(50); // the form's rows are laid out late
                QVERIFY(saveScreenshot(&reg, QStringLiteral("case-register-amount-range")));
            }
            reg.submit();
            QVERIFY2(reg.caseNo().isEmpty(), amount);
            QVERIFY2(reg.errorText().contains(QStringLiteral("缴费金额")),
                     qPrintable(reg.errorText()));
        }
        QVERIFY(reg.form()->setValue(QStringLiteral("amount"), QStringLiteral("150")));
        QVERIFY(reg.form()->invalidKeys().isEmpty());
        reg.submit();
        QVERIFY2(!reg.caseNo().isEmpty(), qPrintable(reg.errorText()));
    }

    // After the day close the register dialog says so as it opens (not after the form).
    void aClosedDayIsSaidWhenRegistering()
    {
        QVERIFY(DayCloseService(m_f->db()).close(CaseFixture::supervisor(), Clock::today()).ok());
        RegisterCaseDialog reg(m_f->db(), CaseFixture::clerk(), QString());
        reg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reg));
        QVERIFY(reg.errorText().contains(Clock::today().toString(Qt::ISODate)));
        QVERIFY(!reg.findChild<QPushButton *>(QStringLiteral("registerButton"))->isEnabled());
        QVERIFY(reg.findApplicant(m_f->customerName(2)));
        QVERIFY(!reg.errorText().isEmpty()); // stays while the dialog is open
    }

    void statusBarCountsDueSoonAndOverdue()
    {
        Session clerk = CaseFixture::clerk();
        clerk.name = QStringLiteral("张丽");
        MainWindow w(m_f->db(), clerk, QStringLiteral("/tmp"));
        w.resize(1400, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *label = w.findChild<QLabel *>(QStringLiteral("statusCaseWarnings"));
        QVERIFY(label);
        // Due soon: G001 (12 Nov) and the complaint, not the immediate case (即办件, 11 Nov);
        // overdue: G011 (5 Nov).
        QCOMPARE(label->text(), MainWindow::tr("Cases due soon: %1 · overdue: %2").arg(2).arg(1));
        w.showArea(int(w.areaIds().indexOf(QStringLiteral("casePage"))));
        QTest::qWait(50);
        QVERIFY(saveScreenshot(&w, QStringLiteral("case-main-window")));
        // Completing the overdue case changes the count at once.
        QVERIFY(CaseService(m_f->db()).complete(CaseFixture::clerk(), m_overdue).ok());
        QCOMPARE(label->text(), MainWindow::tr("Cases due soon: %1 · overdue: %2").arg(2).arg(0));
    }
};

QTEST_MAIN(tst_CasePage)
#include "tst_casepage.moc"
