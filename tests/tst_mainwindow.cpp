// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: areas by role, the status bar, the idle lock that keeps the work
// underneath, and the staff area driven like an administrator would.
#include "core/common/language.h"
#include "core/customers/customerservice.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/session.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/deviceidentity.h"
#include "core/storage/eventlog.h"
#include "core/storage/settingstore.h"
#include "demo/demoseeder.h"
#include "models/staffmodel.h"
#include "ui/admin/staffpage.h"
#include "ui/counter/counterpage.h"
#include "ui/queue/callingstrip.h"
#include "ui/queue/customerscreens.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/lockpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/overviewpage.h"
#include "ui/shell/settingspage.h"
#include "ui/shell/syncmonitor.h"

#include "screenshot.h"

#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Counter2024");

// The titles of view's visible header sections narrower than the text they show.
QStringList clippedTitles(QTableView *view)
{
    QStringList clipped;
    QHeaderView *header = view->horizontalHeader();
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int i = 0; i < header->count(); ++i) {
        const QString title = view->model()->headerData(i, Qt::Horizontal).toString();
        if (header->isSectionHidden(i) || title.isEmpty())
            continue;
        if (header->sectionSize(i) < header->fontMetrics().horizontalAdvance(title) + margins)
            clipped << view->objectName() + QLatin1Char(':') + title;
    }
    return clipped;
}

// The clipped titles of every table an area shows, tab by tab.
QStringList clippedTitlesOf(QWidget *area)
{
    QStringList clipped;
    const auto collect = [&clipped, area] {
        QTest::qWait(20);
        const QList<QTableView *> views = area->findChildren<QTableView *>();
        for (QTableView *view : views) {
            if (view->isVisible() && view->model())
                clipped << clippedTitles(view);
        }
    };
    collect();
    const QList<QTabWidget *> tabs = area->findChildren<QTabWidget *>();
    for (QTabWidget *tab : tabs) {
        for (int i = 0; i < tab->count(); ++i) {
            tab->setCurrentIndex(i);
            collect();
        }
    }
    clipped.removeDuplicates();
    return clipped;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void areasFollowTheRole();
    void statusBar();
    void shortcutsSwitchAreas();
    void idleLockKeepsTheWork();
    void lockHidesAndRestoresDialogs();
    void wrongUnlockPasswordStaysLocked();
    void signOutFromTheLockPage();
    void verifyEventLog();
    void staffArea();
    void calledCustomerOpensAtTheCounter();
    void headersShowTheirTitles_data();
    void headersShowTheirTitles();
    void headquartersPageSaysWhatItIsFor();
    void customerScreensChosenInSettings();

private:
    Session session(const QString &staffNo);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PasswordHasher::setIterations(1000);
    AppStyle::apply(*qApp);
    QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
}

void tst_MainWindow::init()
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
    StaffService staff(*m_db);
    const Session console = Session::forConsole();
    QVERIFY(staff.addStaff(console, QStringLiteral("1001"), QStringLiteral("\u5f20\u4e3d"),
                           Role::Clerk, kPassword));
    QVERIFY(staff.addStaff(console, QStringLiteral("2001"), QStringLiteral("\u674e\u654f"),
                           Role::Supervisor, kPassword));
    QVERIFY(staff.addStaff(console, QStringLiteral("9001"), QStringLiteral("\u8d75\u521a"),
                           Role::Admin, kPassword));
}

void tst_MainWindow::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    m_db.reset();
    m_dir.reset();
}

Session tst_MainWindow::session(const QString &staffNo)
{
    const Result<Session> s = StaffService(*m_db).login(staffNo, kPassword, QStringLiteral("W01"));
    return s ? s.value() : Session();
}

void tst_MainWindow::areasFollowTheRole()
{
    MainWindow clerk(*m_db, session(QStringLiteral("1001")), m_dir->path());
    QCOMPARE(clerk.areaIds(),
             QStringList({QStringLiteral("counterPage"), QStringLiteral("overviewPage"),
                          QStringLiteral("queuePage"), QStringLiteral("casePage"),
                          QStringLiteral("cashPage"), QStringLiteral("enquiryPage"),
                          QStringLiteral("cataloguePage"), QStringLiteral("settingsPage")}));
    MainWindow supervisor(*m_db, session(QStringLiteral("2001")), m_dir->path());
    QVERIFY(!supervisor.areaIds().contains(QStringLiteral("staffPage")));
    MainWindow admin(*m_db, session(QStringLiteral("9001")), m_dir->path());
    QVERIFY(supervisor.areaIds().contains(QStringLiteral("reportPage")));
    QCOMPARE(admin.areaIds(),
             QStringList({QStringLiteral("overviewPage"), QStringLiteral("queuePage"),
                          QStringLiteral("cataloguePage"), QStringLiteral("reportPage"),
                          QStringLiteral("settingsPage"), QStringLiteral("staffPage")}));
    QCOMPARE(admin.areaNames().size(), 6);
    auto *nav = admin.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->count(), 6);
}

void tst_MainWindow::statusBar()
{
    MainWindow w(*m_db, session(QStringLiteral("1001")), m_dir->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto text = [&w](const char *name) {
        return w.findChild<QLabel *>(QLatin1String(name))->text();
    };
    QVERIFY(text("statusStaff").contains(QStringLiteral("1001")));
    QVERIFY(text("statusStaff").contains(QStringLiteral("\u5f20\u4e3d")));
    QVERIFY(text("statusStaff").contains(Roles::displayName(Role::Clerk)));
    QVERIFY(text("statusWindow").contains(QStringLiteral("W01")));
    QVERIFY(text("statusDay").contains(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(!text("statusSync").isEmpty());
    const qint64 events = EventLog::count(m_db->connection()).value();
    QVERIFY(text("statusEvents").contains(QString::number(events)));
    QVERIFY(saveScreenshot(&w, QStringLiteral("main-overview-clerk")));
}

void tst_MainWindow::shortcutsSwitchAreas()
{
    MainWindow w(*m_db, session(QStringLiteral("9001")), m_dir->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    QCOMPARE(w.currentArea(), 0);
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QTRY_COMPARE(w.currentArea(), 2);
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(w.currentArea(), 1);
    QTest::keyClick(&w, Qt::Key_9, Qt::ControlModifier); // no ninth area: nothing happens
    QCOMPARE(w.currentArea(), 1);
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(w.isLocked());
}

void tst_MainWindow::idleLockKeepsTheWork()
{
    MainWindow w(*m_db, session(QStringLiteral("9001")), m_dir->path());
    // Five minutes unless the branch chose otherwise.
    QCOMPARE(w.idleIntervalMs(), 5 * 60 * 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    const int settings = int(w.areaIds().indexOf(QStringLiteral("settingsPage")));
    w.showArea(settings);
    auto *minutes = w.findChild<QSpinBox *>(QStringLiteral("idleMinutes"));
    QVERIFY(minutes && minutes->isEnabled());
    minutes->setFocus();
    minutes->selectAll();
    QTest::keyClicks(minutes, QStringLiteral("42")); // typed, not saved

    w.setIdleIntervalMs(300);
    QTRY_VERIFY(w.isLocked());
    QVERIFY(w.lockPage()->isVisible());
    QVERIFY(!minutes->isVisible());
    QVERIFY(saveScreenshot(&w, QStringLiteral("lock-page")));

    auto *password = w.lockPage()->findChild<QLineEdit *>(QStringLiteral("lockPassword"));
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!w.isLocked());
    QCOMPARE(w.currentArea(), settings);
    QVERIFY(minutes->isVisible());
    QCOMPARE(minutes->value(), 42);
    QVERIFY(minutes->text().startsWith(QStringLiteral("42")));
    // The unlock was checked and recorded by core like a sign-in.
    QSqlQuery q = m_db->query();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event_log WHERE type = "
                                  "'staff.logged_in' AND staff = '9001'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);

    // Saving it stores it in the branch database and re-arms the timer.
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("saveIdle")), Qt::LeftButton);
    QCOMPARE(SettingStore::get(m_db->connection(), SettingStore::idleLockMinutes()),
             QStringLiteral("42"));
    QCOMPARE(w.idleIntervalMs(), 42 * 60 * 1000);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event_log WHERE type = "
                                  "'settings.changed'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    MainWindow next(*m_db, session(QStringLiteral("9001")), m_dir->path());
    QCOMPARE(next.idleIntervalMs(), 42 * 60 * 1000);
}

void tst_MainWindow::lockHidesAndRestoresDialogs()
{
    MainWindow w(*m_db, session(QStringLiteral("1001")), m_dir->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showArea(int(w.areaIds().indexOf(QStringLiteral("settingsPage"))));
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("changePassword")), Qt::LeftButton);
    auto *dialog = w.findChild<ChangePasswordDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *current = dialog->findChild<QLineEdit *>(QStringLiteral("currentPassword"));
    QTest::keyClicks(current, QStringLiteral("half-typed"));

    w.lockNow();
    QVERIFY(w.isLocked());
    QVERIFY(!dialog->isVisible());
    auto *password = w.lockPage()->findChild<QLineEdit *>(QStringLiteral("lockPassword"));
    QTest::keyClicks(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY(!w.isLocked());
    QVERIFY(dialog->isVisible());
    QCOMPARE(current->text(), QStringLiteral("half-typed"));
}

void tst_MainWindow::wrongUnlockPasswordStaysLocked()
{
    MainWindow w(*m_db, session(QStringLiteral("1001")), m_dir->path());
    w.show();
    w.lockNow();
    auto *password = w.lockPage()->findChild<QLineEdit *>(QStringLiteral("lockPassword"));
    QTest::keyClicks(password, QStringLiteral("NotMine123"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(w.lockPage()->isBusy());
    QTRY_VERIFY(!w.lockPage()->isBusy());
    QVERIFY(w.isLocked());
    QVERIFY(!w.lockPage()->errorText().isEmpty());
    QVERIFY(saveScreenshot(&w, QStringLiteral("lock-page-wrong-password")));
}

void tst_MainWindow::signOutFromTheLockPage()
{
    MainWindow w(*m_db, session(QStringLiteral("1001")), m_dir->path());
    w.show();
    QSignalSpy signOut(&w, &MainWindow::signOutRequested);
    w.lockNow();
    QTest::mouseClick(w.lockPage()->findChild<QPushButton *>(QStringLiteral("lockSignOut")),
                      Qt::LeftButton);
    QCOMPARE(signOut.count(), 1);
}

void tst_MainWindow::verifyEventLog()
{
    MainWindow w(*m_db, session(QStringLiteral("2001")), m_dir->path());
    w.show();
    auto *page = w.findChild<OverviewPage *>();
    QVERIFY(page);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("verifyButton")),
                      Qt::LeftButton);
    QVERIFY(page->isVerifying());
    QTRY_VERIFY(!page->isVerifying());
    const qint64 events = EventLog::count(m_db->connection()).value();
    QVERIFY2(page->verificationText().contains(QString::number(events)),
             qPrintable(page->verificationText()));
    QVERIFY(saveScreenshot(&w, QStringLiteral("main-overview-verified")));
}

void tst_MainWindow::staffArea()
{
    MainWindow w(*m_db, session(QStringLiteral("9001")), m_dir->path());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showArea(int(w.areaIds().indexOf(QStringLiteral("staffPage"))));
    auto *page = w.findChild<StaffPage *>();
    QCOMPARE(page->model()->rowCount(), 3);

    // Add a staff member through the dialog.
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addStaff")), Qt::LeftButton);
    auto *dialog = w.findChild<QDialog *>(QStringLiteral("staffAccountDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("staffNo")),
                     QStringLiteral("1003"));
    // QTest types ASCII only; a Chinese name arrives as an input method would commit it.
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->insert(QStringLiteral("\u5218\u6d0b"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newPassword")),
                     QStringLiteral("Welcome2025"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmPassword")),
                     QStringLiteral("Welcome2025"));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("staff-add-dialog")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
    QTRY_COMPARE(page->model()->rowCount(), 4);
    const int row = page->model()->rowOf(QStringLiteral("1003"));
    QVERIFY(row >= 0);
    QVERIFY(page->model()->record(row).mustChangePassword);

    // Disable the clerk 1001 (the question box is answered with Yes).
    page->view()->selectRow(page->model()->rowOf(QStringLiteral("1001")));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("toggleActive")),
                      Qt::LeftButton);
    QTRY_VERIFY(!StaffService(*m_db).find(QStringLiteral("1001"))->active);
    QTRY_VERIFY(!page->model()->record(page->model()->rowOf(QStringLiteral("1001"))).active);
    QTRY_COMPARE(page->findChild<QPushButton *>(QStringLiteral("toggleActive"))->text(),
                 StaffPage::tr("Enable"));
    QVERIFY(saveScreenshot(&w, QStringLiteral("main-staff")));

    // Core refuses to let the administrator disable their own account.
    page->view()->selectRow(page->model()->rowOf(QStringLiteral("9001")));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("toggleActive")),
                      Qt::LeftButton);
    QTRY_VERIFY(!page->resultText().isEmpty() &&
                !page->resultText().contains(QStringLiteral("1001")));
    QVERIFY(StaffService(*m_db).find(QStringLiteral("9001"))->active);
    w.showArea(int(w.areaIds().indexOf(QStringLiteral("settingsPage"))));
    QVERIFY(saveScreenshot(&w, QStringLiteral("main-settings")));
}

void tst_MainWindow::headersShowTheirTitles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("staffNo");
    for (const char *lang : {"en", "zh_CN"}) {
        for (const char *staffNo : {"1001", "2001", "9001"})
            QTest::addRow("%s-%s", lang, staffNo)
                << QString::fromLatin1(lang) << QString::fromLatin1(staffNo);
    }
}

// At 1366x768, in both languages, no column title of the shell's, queue's and staff areas
// is cut ("Applic…"); what other areas cut is listed for their owners.
void tst_MainWindow::headersShowTheirTitles()
{
    QFETCH(QString, language);
    QFETCH(QString, staffNo);
    QVERIFY(Language::install(*QCoreApplication::instance(), language));
    const auto restore = qScopeGuard(
        [] { Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")); });
    MainWindow w(*m_db, session(staffNo), m_dir->path());
    w.resize(1366, 740);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList mine = {QStringLiteral("overviewPage"), QStringLiteral("queuePage"),
                              QStringLiteral("settingsPage"), QStringLiteral("staffPage"),
                              QStringLiteral("syncPage")};
    for (int i = 0; i < w.areaIds().size(); ++i) {
        w.showArea(i);
        QWidget *area = w.findChild<QWidget *>(w.areaIds().at(i));
        const QStringList clipped = clippedTitlesOf(area);
        if (mine.contains(w.areaIds().at(i)))
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral(", "))));
        else if (!clipped.isEmpty())
            qInfo("%s: %s", qPrintable(w.areaIds().at(i)),
                  qPrintable(clipped.join(QStringLiteral(", "))));
    }
}

// A terminal that never reached headquarters: the page says what headquarters is for and
// what to do when offline, not an empty table of attempts.
void tst_MainWindow::headquartersPageSaysWhatItIsFor()
{
    SyncMonitor monitor(*m_db);
    MainWindow w(*m_db, session(QStringLiteral("1001")), m_dir->path(), &monitor);
    w.resize(1366, 740);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showArea(int(w.areaIds().indexOf(QStringLiteral("syncPage"))));
    auto *about = w.findChild<QLabel *>(QStringLiteral("syncAbout"));
    QVERIFY(about && about->isVisible());
    QVERIFY(about->text().length() > 100);
    auto *attempts = w.findChild<QTableWidget *>();
    QVERIFY(attempts);
    QVERIFY(!attempts->isVisible());
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("syncNoAttempts"))->isVisible());
    QVERIFY(saveScreenshot(&w, QStringLiteral("main-headquarters-explained")));
}

// The screen of each customer-facing window is chosen in the settings and remembered on
// this computer; a remembered screen that is gone says the primary one is used.
void tst_MainWindow::customerScreensChosenInSettings()
{
    using CustomerScreens::Kind;
    const auto forget = qScopeGuard([] {
        for (Kind kind : {Kind::HallDisplay, Kind::Kiosk, Kind::RatingPad})
            CustomerScreens::choose(kind, QString());
    });
    const QString screen = QGuiApplication::primaryScreen()->name();
    {
        SettingsPage page(*m_db, session(QStringLiteral("1001")));
        auto *hall = page.findChild<QComboBox *>(QStringLiteral("hallDisplayScreen"));
        QVERIFY(hall && page.findChild<QComboBox *>(QStringLiteral("kioskScreen")) &&
                page.findChild<QComboBox *>(QStringLiteral("ratingPadScreen")));
        QCOMPARE(hall->currentIndex(), 0); // automatic
        hall->setCurrentIndex(hall->findData(screen));
        QCOMPARE(CustomerScreens::chosenName(Kind::HallDisplay), screen);
    }
    CustomerScreens::choose(Kind::RatingPad, QStringLiteral("DP-3"));
    SettingsPage again(*m_db, session(QStringLiteral("1001")));
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("hallDisplayScreen"))->currentData(),
             QVariant(screen));
    auto *pad = again.findChild<QComboBox *>(QStringLiteral("ratingPadScreen"));
    QCOMPARE(pad->currentData(), QVariant(QStringLiteral("DP-3")));
    QVERIFY(pad->currentText().contains(QStringLiteral("DP-3")));
    QCOMPARE(CustomerScreens::screenFor(Kind::RatingPad), QGuiApplication::primaryScreen());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

void tst_MainWindow::calledCustomerOpensAtTheCounter()
{
    const DemoSeeder::Person person = DemoSeeder::person(7);
    NewCustomer c;
    c.name = person.name;
    c.idNumber = person.idNumber;
    c.phone = person.phone;
    const Result<Customer> registered =
        CustomerService(*m_db).registerCustomer(Session::forConsole(), c);
    QVERIFY2(registered.ok(), qPrintable(registered.error().english()));

    MainWindow w(*m_db, session(QStringLiteral("1001")), m_dir->path());
    w.show();
    auto *counter = w.findChild<CounterPage *>(QStringLiteral("counterPage"));
    QVERIFY(counter);
    // The other areas' per-customer lists are tabs of the card.
    QVERIFY(counter->findChild<QWidget *>(QStringLiteral("customerTickets")));
    QVERIFY(counter->findChild<QWidget *>(QStringLiteral("customerPayments")));
    w.showArea(w.areaIds().indexOf(QStringLiteral("queuePage")));

    auto *strip = w.findChild<CallingStrip *>();
    QVERIFY(strip);
    emit strip->customerCalled(registered->customerId);
    QCOMPARE(w.areaIds().at(w.currentArea()), QStringLiteral("counterPage"));
    QCOMPARE(counter->currentCustomerId(), registered->customerId);
}
