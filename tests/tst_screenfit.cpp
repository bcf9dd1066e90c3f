// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every area and dialog of the counter app, in Chinese and in English, on a 1366×768
// screen: no label, button, group title, tab or column header cut off, no window larger
// than the screen, no two mnemonics alike in one window (ScreenFit says which). The
// branch is the demo branch with a few days of history, so lists and cards hold data.
#include "core/cash/payment.h"
#include "core/cash/paymentservice.h"
#include "core/cash/shiftservice.h"
#include "core/common/language.h"
#include "core/common/money.h"
#include "core/customers/customerservice.h"
#include "core/customers/subscriptionservice.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/session.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/deviceidentity.h"
#include "demo/demoseeder.h"
#include "ui/admin/staffaccountdialog.h"
#include "ui/cases/casedetaildialog.h"
#include "ui/cases/casestepdialog.h"
#include "ui/cases/enquirydialog.h"
#include "ui/cases/registercasedialog.h"
#include "ui/cash/adjustmentdialog.h"
#include "ui/cash/closeshiftdialog.h"
#include "ui/cash/dayclosedialog.h"
#include "ui/cash/openshiftdialog.h"
#include "ui/cash/paymentdialog.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/customercard.h"
#include "ui/counter/customerdialog.h"
#include "ui/counter/openservicedialog.h"
#include "ui/counter/servicechangedialog.h"
#include "ui/queue/transferdialog.h"
#include "ui/shell/approvaldialog.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/enroldialog.h"
#include "ui/shell/firstrunwizard.h"
#include "ui/shell/logindialog.h"
#include "ui/shell/mainwindow.h"

#include "demobranch.h"
#include "screenfit.h"
#include "screenshot.h"

#include <QApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <functional>

namespace {
const QSize kScreen(1366, 768);

QString demoPassword(const QString &staffNo)
{
    return QStringLiteral("Demo@") + staffNo;
}

} // namespace

class tst_ScreenFit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void areasFit_data();
    void areasFit();
    void dialogsFit_data();
    void dialogsFit();
    void caseStepsFit_data();
    void caseStepsFit();
    void firstRunFits_data();
    void firstRunFits();

private:
    using DialogMaker = std::function<QDialog *()>;
    Session signIn(const QString &staffNo);
    QList<QPair<QString, DialogMaker>> dialogs();
    void addLanguages();
    static QStringList problemsOf(QWidget *window, const QString &screenshot);

    DemoBranch m_branch;
    Database *m_db = nullptr;
    QString m_customerId;
    QString m_caseNo;
    QString m_serviceId;
    QString m_receiptNo;
};

void tst_ScreenFit::initTestCase()
{
    QVERIFY2(m_branch.open(40, 4), qPrintable(m_branch.problem()));
    m_db = &m_branch.db();
    // A shift of the clerk's, so the cash dialogs have one to show.
    if (!ShiftService(*m_db).current(QStringLiteral("1001"))) {
        const auto opened =
            ShiftService(*m_db).open(signIn(QStringLiteral("1001")), QStringLiteral("200"));
        QVERIFY2(opened.ok(), qPrintable(opened.error().english()));
    }
    m_customerId = m_branch.firstOf(
        QStringLiteral("SELECT customer_id FROM subscription JOIN customer USING (customer_id) "
                       "ORDER BY customer_no LIMIT 1"));
    m_caseNo = m_branch.firstOf(
        QStringLiteral("SELECT case_no FROM service_case ORDER BY case_no LIMIT 1"));
    m_serviceId = m_branch.firstOf(
        QStringLiteral("SELECT service_id FROM subscription JOIN customer USING (customer_id) "
                       "ORDER BY customer_no, number LIMIT 1"));
    m_receiptNo = m_branch.firstOf(
        QStringLiteral("SELECT receipt_no FROM payment ORDER BY receipt_no LIMIT 1"));
    QVERIFY2(!m_customerId.isEmpty() && !m_caseNo.isEmpty() && !m_serviceId.isEmpty() &&
                 !m_receiptNo.isEmpty(),
             qPrintable(QStringList({m_customerId, m_caseNo, m_serviceId, m_receiptNo})
                            .join(QLatin1Char('/'))));
}

void tst_ScreenFit::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
}

Session tst_ScreenFit::signIn(const QString &staffNo)
{
    const Result<Session> s =
        StaffService(*m_db).login(staffNo, demoPassword(staffNo), QStringLiteral("W01"));
    return s ? s.value() : Session();
}

void tst_ScreenFit::addLanguages()
{
    QTest::addColumn<QString>("language");
}

QStringList tst_ScreenFit::problemsOf(QWidget *window, const QString &screenshot)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return {QStringLiteral("the window was never shown")};
    QTest::qWait(20); // let queued layout and delayed loads settle
    saveScreenshot(window, screenshot);
    return ScreenFit::problems(window);
}

void tst_ScreenFit::areasFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("staffNo");
    for (const QString &language : Language::available())
        for (const char *staffNo : {"1001", "2001", "9001"})
            QTest::addRow("%s-%s", qPrintable(language), staffNo)
                << language << QString::fromLatin1(staffNo);
}

void tst_ScreenFit::areasFit()
{
    QFETCH(QString, language);
    QFETCH(QString, staffNo);
    QVERIFY(Language::install(*QCoreApplication::instance(), language));
    MainWindow window(*m_db, signIn(staffNo), m_branch.dataDir());
    window.resize(kScreen);
    QStringList problems;
    const QStringList ids = window.areaIds();
    for (int area = 0; area < ids.size(); ++area) {
        window.showArea(area);
        const QString shot = QStringLiteral("fit-%1-%2-%3").arg(language, staffNo, ids.at(area));
        for (const QString &problem : problemsOf(&window, shot))
            problems.append(ids.at(area) + QStringLiteral(": ") + problem);
    }
    // The counter with a customer open: the card, its services and their history.
    if (auto *counter = window.findChild<CounterPage *>()) {
        window.showArea(int(ids.indexOf(QStringLiteral("counterPage"))));
        counter->openCustomer(m_customerId);
        auto *tabs = counter->card()->findChild<QTabWidget *>();
        for (int tab = 0; tabs && tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QString shot =
                QStringLiteral("fit-%1-%2-customer-%3").arg(language, staffNo).arg(tab);
            for (const QString &problem : problemsOf(&window, shot))
                problems.append(QStringLiteral("counter, customer tab %1: ").arg(tab) + problem);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QList<QPair<QString, tst_ScreenFit::DialogMaker>> tst_ScreenFit::dialogs()
{
    Database &db = *m_db;
    const Session clerk = signIn(QStringLiteral("1001"));
    const Session supervisor = signIn(QStringLiteral("2001"));
    const Session admin = signIn(QStringLiteral("9001"));
    const QString customerId = m_customerId;
    const QString caseNo = m_caseNo;
    const QString serviceId = m_serviceId;
    const QString receiptNo = m_receiptNo;
    const auto customer = [&db, customerId] {
        return CustomerService(db).findById(customerId).value();
    };
    const auto shift = [&db] { return *ShiftService(db).current(QStringLiteral("1001")); };
    const auto payment = [&db, receiptNo] { return PaymentService(db).find(receiptNo).value(); };
    const auto service = [&db, serviceId] {
        return SubscriptionService(db).find(serviceId).value();
    };
    PaymentTarget target;
    target.customerId = customerId;
    target.caseNo = caseNo;
    return {
        {QStringLiteral("login"), [&db] { return new LoginDialog(db); }},
        {QStringLiteral("enrol"), [&db] { return new EnrolDialog(db); }},
        {QStringLiteral("change-password"),
         [&db, clerk] { return new ChangePasswordDialog(db, clerk, false); }},
        {QStringLiteral("change-password-forced"),
         [&db, clerk] { return new ChangePasswordDialog(db, clerk, true); }},
        {QStringLiteral("approval"),
         [&db, clerk] {
             return new ApprovalDialog(db, clerk, QStringLiteral("作废收据 / void a receipt"));
         }},
        {QStringLiteral("staff-add"),
         [&db, admin] { return new StaffAccountDialog(db, admin, StaffAccountDialog::Mode::Add); }},
        {QStringLiteral("staff-reset"),
         [&db, admin] {
             return new StaffAccountDialog(db, admin, StaffAccountDialog::Mode::ResetPassword,
                                           QStringLiteral("1001"), QStringLiteral("张丽"));
         }},
        {QStringLiteral("customer-new"), [&db, clerk] { return new CustomerDialog(db, clerk); }},
        {QStringLiteral("customer-edit"),
         [&db, clerk, customer] { return new CustomerDialog(db, clerk, customer()); }},
        {QStringLiteral("open-service"),
         [&db, clerk, customer] { return new OpenServiceDialog(db, clerk, customer()); }},
        {QStringLiteral("change-plan"),
         [&db, clerk, service] {
             return new ServiceChangeDialog(db, clerk, service(), ServiceChange::Plan);
         }},
        {QStringLiteral("change-suspend"),
         [&db, clerk, service] {
             return new ServiceChangeDialog(db, clerk, service(), ServiceChange::Suspend);
         }},
        {QStringLiteral("register-case"),
         [&db, clerk, customerId] { return new RegisterCaseDialog(db, clerk, customerId); }},
        {QStringLiteral("case-detail"),
         [&db, clerk, caseNo] { return new CaseDetailDialog(db, clerk, caseNo); }},
        {QStringLiteral("enquiry"), [&db, clerk] { return new EnquiryDialog(db, clerk); }},
        {QStringLiteral("open-shift"),
         [&db, supervisor] { return new OpenShiftDialog(db, supervisor); }},
        {QStringLiteral("close-shift"),
         [&db, clerk, shift] { return new CloseShiftDialog(db, clerk, shift()); }},
        {QStringLiteral("payment"),
         [&db, clerk, target] { return new PaymentDialog(db, clerk, target); }},
        {QStringLiteral("void"),
         [&db, clerk, payment] {
             return new AdjustmentDialog(db, clerk, payment(), AdjustmentDialog::Kind::Void);
         }},
        {QStringLiteral("refund"),
         [&db, clerk, payment] {
             return new AdjustmentDialog(db, clerk, payment(), AdjustmentDialog::Kind::Refund);
         }},
        {QStringLiteral("day-close"),
         [&db, supervisor] { return new DayCloseDialog(db, supervisor, QDate::currentDate()); }},
        {QStringLiteral("transfer"),
         [&db] { return new TransferDialog(db, QStringLiteral("W01"), QStringLiteral("A001")); }},
    };
}

void tst_ScreenFit::dialogsFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("index");
    const auto all = dialogs();
    for (const QString &language : Language::available())
        for (int i = 0; i < all.size(); ++i)
            QTest::addRow("%s-%s", qPrintable(language), qPrintable(all.at(i).first))
                << language << i;
}

void tst_ScreenFit::dialogsFit()
{
    QFETCH(QString, language);
    QFETCH(int, index);
    QVERIFY(Language::install(*QCoreApplication::instance(), language));
    const auto entry = dialogs().at(index);
    std::unique_ptr<QDialog> dialog(entry.second());
    const QString shot = QStringLiteral("fit-%1-%2").arg(language, entry.first);
    const QStringList problems = problemsOf(dialog.get(), shot);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_ScreenFit::caseStepsFit_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Language::available())
        QTest::newRow(qPrintable(language)) << language;
}

// Every step a supervisor is offered on a case of each kind and state of the demo branch.
void tst_ScreenFit::caseStepsFit()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(*QCoreApplication::instance(), language));
    const Session supervisor = signIn(QStringLiteral("2001"));
    QSqlQuery cases(m_db->connection());
    QVERIFY(cases.exec(
        QStringLiteral("SELECT MIN(case_no) FROM service_case GROUP BY kind, status ORDER BY 1")));
    QStringList problems;
    int steps = 0;
    while (cases.next()) {
        const QString caseNo = cases.value(0).toString();
        CaseDetailDialog detail(*m_db, supervisor, caseNo);
        for (const CaseAction action : detail.offeredActions()) {
            CaseStepDialog *step = detail.startAction(action);
            if (!step)
                continue;
            ++steps;
            const QString name =
                QStringLiteral("fit-%1-step-%2-%3").arg(language, caseNo).arg(int(action));
            for (const QString &problem : problemsOf(step, name))
                problems.append(caseNo + QStringLiteral(" step ") + step->windowTitle() +
                                QStringLiteral(": ") + problem);
            step->close();
        }
    }
    QVERIFY2(steps >= 5, "the demo cases offer the usual steps");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_ScreenFit::firstRunFits_data()
{
    caseStepsFit_data();
}

// The first-run wizard of a new terminal, every page.
void tst_ScreenFit::firstRunFits()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(*QCoreApplication::instance(), language));
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(DataLocation::databasePath(dir.path()));
    QVERIFY2(db.ok(), qPrintable(db.error().english()));
    FirstRunWizard wizard(*db.value());
    QStringList problems;
    for (const int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        const QString name = QStringLiteral("fit-%1-first-run-%2").arg(language).arg(id);
        for (const QString &problem : problemsOf(&wizard, name))
            problems.append(QStringLiteral("page %1: ").arg(id) + problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_ScreenFit)
#include "tst_screenfit.moc"
