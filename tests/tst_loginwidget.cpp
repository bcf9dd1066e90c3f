// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog and the forced password change: driven by keyboard like a clerk,
// with the password check on a worker thread.
#include "core/common/language.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/session.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/deviceidentity.h"
#include "models/windowlistmodel.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/logindialog.h"

#include "screenshot.h"
#include <QAbstractItemModelTester>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Counter2024");

// Where the screens are written: $HALLDESK_SCREENSHOT_DIR, else a folder in /tmp.
} // namespace

class tst_LoginWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signsIn();
    void wrongPasswordShowsInlineError();
    void fiveFailuresLock();
    void disabledAccount();
    void emptyFieldsAreNotSent();
    void windowsFromTheDatabase();
    void forcedPasswordChange();
    void newPasswordSameAsCurrentHasOneVerdict();
    void windowRememberedPerStaffMember();

private:
    void type(LoginDialog &dialog, const QString &staffNo, const QString &password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_LoginWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PasswordHasher::setIterations(1000);
    AppStyle::apply(*qApp);
    QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
}

void tst_LoginWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db =
        Database::open(DataLocation::databasePath(m_dir->path()));
    QVERIFY2(db.ok(), qPrintable(db.error().english()));
    m_db = db.take();
    DeviceIdentity::Setup setup;
    setup.branchCode = QStringLiteral("TZ01");
    setup.branchName = QStringLiteral("\u57ce\u5173\u9547\u4fbf\u6c11\u670d\u52a1\u4e2d\u5fc3");
    QVERIFY(DeviceIdentity::ensure(*m_db, setup));
    QVERIFY(StaffService(*m_db).addStaff(Session::forConsole(), QStringLiteral("1001"),
                                         QStringLiteral("\u5f20\u4e3d"), Role::Clerk, kPassword));
    QSettings().clear();
}

void tst_LoginWidget::cleanup()
{
    // Let workers that still hold a connection to the file finish first.
    QThreadPool::globalInstance()->waitForDone();
    m_db.reset();
    m_dir.reset();
}

void tst_LoginWidget::type(LoginDialog &dialog, const QString &staffNo, const QString &password)
{
    auto *staff = dialog.findChild<QLineEdit *>(QStringLiteral("staffNo"));
    auto *pass = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(staff && pass);
    staff->clear();
    pass->clear();
    QTest::keyClicks(staff, staffNo);
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
}

void tst_LoginWidget::signsIn()
{
    LoginDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("login")));
    type(dialog, QStringLiteral("1001"), kPassword);
    // The check runs on a worker: the dialog shows it is busy, and stays responsive.
    QVERIFY(dialog.isBusy());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("signIn"))->isEnabled());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    const Session session = dialog.session();
    QCOMPARE(session.staffNo, QStringLiteral("1001"));
    QCOMPARE(session.name, QStringLiteral("\u5f20\u4e3d"));
    QCOMPARE(session.role, Role::Clerk);
    QCOMPARE(session.window, QStringLiteral("W01"));
    QVERIFY(session.mustChangePassword);
    // Recorded by core, and the main connection was told.
    QVERIFY(StaffService(*m_db).find(QStringLiteral("1001"))->lastLoginAt.isValid());
}

void tst_LoginWidget::wrongPasswordShowsInlineError()
{
    LoginDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, QStringLiteral("1001"), QStringLiteral("Wrong0000"));
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    // The same sentence for an unknown number: never say which of the two was wrong.
    const QString wrong = dialog.errorText();
    QVERIFY(!wrong.isEmpty());
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("login-wrong-password")));
    type(dialog, QStringLiteral("7777"), QStringLiteral("Wrong0000"));
    QTRY_VERIFY(!dialog.isBusy());
    QCOMPARE(dialog.errorText(), wrong);
}

void tst_LoginWidget::fiveFailuresLock()
{
    LoginDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (int i = 0; i < StaffService::MaxFailures; ++i) {
        type(dialog, QStringLiteral("1001"), QStringLiteral("Wrong0000"));
        QTRY_VERIFY(!dialog.isBusy());
    }
    QVERIFY(StaffService(*m_db).find(QStringLiteral("1001"))->lockedUntil.isValid());
    // Even the right password is refused now, with the message core gives for a lock.
    type(dialog, QStringLiteral("1001"), kPassword);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.errorText().contains(QStringLiteral("1001")), qPrintable(dialog.errorText()));
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("login-locked")));
}

void tst_LoginWidget::disabledAccount()
{
    QVERIFY(StaffService(*m_db).setActive(Session::forConsole(), QStringLiteral("1001"), false));
    LoginDialog dialog(*m_db);
    dialog.show();
    type(dialog, QStringLiteral("1001"), kPassword);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.errorText().contains(QStringLiteral("1001")));
}

void tst_LoginWidget::emptyFieldsAreNotSent()
{
    LoginDialog dialog(*m_db);
    dialog.show();
    type(dialog, QStringLiteral("1001"), QString());
    // Refused at once, without a worker and without counting a failure.
    QVERIFY(!dialog.isBusy());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(StaffService(*m_db).find(QStringLiteral("1001"))->failedLogins, 0);
}

void tst_LoginWidget::windowsFromTheDatabase()
{
    QSqlQuery q = m_db->query();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO service_window(code, name) VALUES "
                                  "('W01', 'General'), ('W02', 'Telecom'), ('W03', 'Closed')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE service_window SET active = 0 WHERE code = 'W03'")));
    WindowListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("W02 Telecom"));
    QCOMPARE(model.index(1).data(WindowListModel::CodeRole).toString(), QStringLiteral("W02"));

    LoginDialog dialog(*m_db);
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("window"));
    QVERIFY(!combo->isEditable());
    QCOMPARE(combo->count(), 2);
    combo->setCurrentIndex(1);
    type(dialog, QStringLiteral("1001"), kPassword);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().window, QStringLiteral("W02"));

    // The window is remembered for this staff member's next sign-in on this computer.
    LoginDialog again(*m_db);
    again.setStaffNo(QStringLiteral("1001"));
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("window"))->currentIndex(), 1);
}

void tst_LoginWidget::forcedPasswordChange()
{
    Session session;
    session.staffNo = QStringLiteral("1001");
    session.name = QStringLiteral("\u5f20\u4e3d");
    session.window = QStringLiteral("W01");
    session.mustChangePassword = true;
    ChangePasswordDialog dialog(*m_db, session, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *current = dialog.findChild<QLineEdit *>(QStringLiteral("currentPassword"));
    auto *fresh = dialog.findChild<QLineEdit *>(QStringLiteral("newPassword"));
    auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmPassword"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("ok"));
    QVERIFY(current && fresh && confirm && ok);

    QTest::keyClicks(current, kPassword);
    QTest::keyClicks(fresh, QStringLiteral("short1"));
    QVERIFY(!ok->isEnabled()); // the policy is checked as it is typed
    fresh->clear();
    QTest::keyClicks(fresh, QStringLiteral("Pass1001word"));
    QVERIFY(!ok->isEnabled()); // contains the staff number
    fresh->clear();
    QTest::keyClicks(fresh, QStringLiteral("Harbour2025"));
    QTest::keyClicks(confirm, QStringLiteral("Harbour2026"));
    QVERIFY(!ok->isEnabled()); // the two differ
    QVERIFY(saveScreenshot(&dialog, QStringLiteral("change-password")));
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("Harbour2025"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!StaffService(*m_db).find(QStringLiteral("1001"))->mustChangePassword);
    QVERIFY(StaffService(*m_db).login(QStringLiteral("1001"), QStringLiteral("Harbour2025"),
                                      QStringLiteral("W01")));
}

// The hint gives one verdict: a new password equal to the current one does not "meet the
// rules" while OK would be refused with "must differ".
void tst_LoginWidget::newPasswordSameAsCurrentHasOneVerdict()
{
    Session session =
        StaffService(*m_db).login(QStringLiteral("1001"), kPassword, QStringLiteral("W01")).value();
    ChangePasswordDialog dialog(*m_db, session, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *current = dialog.findChild<QLineEdit *>(QStringLiteral("currentPassword"));
    auto *fresh = dialog.findChild<QLineEdit *>(QStringLiteral("newPassword"));
    auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("confirmPassword"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("passwordHint"));
    auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("ok"));
    QVERIFY(current && fresh && confirm && hint && ok);

    QTest::keyClicks(current, kPassword);
    QTest::keyClicks(fresh, kPassword);
    QTest::keyClicks(confirm, kPassword);
    QVERIFY(!ok->isEnabled());
    const QString unchanged =
        StaffService::checkNewPassword(kPassword, kPassword, QString()).error().message();
    QCOMPARE(hint->text(), unchanged);
    QVERIFY(dialog.errorText().isEmpty());

    // Changing the current password as typed changes the verdict at once.
    current->clear();
    QTest::keyClicks(current, QStringLiteral("Other2024x"));
    QVERIFY(hint->text() != unchanged);
    QVERIFY(ok->isEnabled());
}

// The window proposed at sign-in is the one the staff member typed last used, not the last
// person's: each staff number has its own.
void tst_LoginWidget::windowRememberedPerStaffMember()
{
    QSqlQuery q = m_db->query();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO service_window(code, name) VALUES "
                                  "('W01', 'General'), ('W02', 'Telecom'), ('W03', 'Water')")));
    const auto windowOf = [](LoginDialog &dialog) {
        return dialog.findChild<QComboBox *>(QStringLiteral("window"))
            ->currentData(WindowListModel::CodeRole)
            .toString();
    };
    {
        LoginDialog dialog(*m_db);
        dialog.show();
        dialog.findChild<QComboBox *>(QStringLiteral("window"))->setCurrentIndex(2);
        type(dialog, QStringLiteral("1001"), kPassword);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().window, QStringLiteral("W03"));
    }
    LoginDialog next(*m_db);
    next.show();
    // Another clerk is not offered 1001's window: they choose their own.
    QTest::keyClicks(next.findChild<QLineEdit *>(QStringLiteral("staffNo")),
                     QStringLiteral("1002"));
    QVERIFY(windowOf(next) != QStringLiteral("W03"));
    // 1001 typed again: their window comes back.
    next.setStaffNo(QStringLiteral("1001"));
    QCOMPARE(windowOf(next), QStringLiteral("W03"));
}

QTEST_MAIN(tst_LoginWidget)
#include "tst_loginwidget.moc"
