// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The queue on screen, as the hall uses it: tickets from the ticket machine, calls at two
// windows with the function keys, the hall display, the rating pad, callbacks and the
// supervisor's figures (times from the real events). Screenshots of every screen.
#include "core/cash/shiftservice.h"
#include "core/common/clock.h"
#include "core/common/language.h"
#include "core/queue/ratingservice.h"
#include "core/queue/ticketservice.h"
#include "models/callbackmodel.h"
#include "models/customerticketmodel.h"
#include "models/ticketlistmodel.h"
#include "queuefixture.h"
#include "screenshot.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/customerticketsview.h"
#include "ui/printing/printdocument.h"
#include "ui/printing/ticketprint.h"
#include "ui/queue/callannouncer.h"
#include "ui/queue/callbackpage.h"
#include "ui/queue/callbanner.h"
#include "ui/queue/callingstrip.h"
#include "ui/queue/customerscreens.h"
#include "ui/queue/halldisplaywindow.h"
#include "ui/queue/kioskwindow.h"
#include "ui/queue/queuefigurespanel.h"
#include "ui/queue/queuepage.h"
#include "ui/queue/ratingpadwindow.h"
#include "ui/queue/transferdialog.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/overviewpage.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr qint64 kMinute = 60 * 1000;

Session clerkAt(const char *staffNo, const char *name, const char *window)
{
    Session s = QueueFixture::clerk(QString::fromLatin1(staffNo), QString::fromLatin1(window));
    s.name = QString::fromUtf8(name);
    return s;
}

// Lays out what changed since the last event loop turn (a label's new text), then saves.
bool shot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return saveScreenshot(widget, name);
}

QPushButton *buttonWithProperty(QWidget *root, const char *property, const QString &value)
{
    const QList<QPushButton *> buttons = root->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->property(property).toString() == value)
            return b;
    }
    return nullptr;
}

} // namespace

class tst_QueueScreens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { Clock::reset(); }
    void aDayInTheHall();
    void kioskRefusesClearly();
    void transferParkAndTakeOverFromTheStrip();
    void didNotComeAsksFirst();
    void counterFollowsTheStrip();
    void callbacksPage();
    void selectedCallbackFitsTheScreen();
    void customerScreensFallBackToThePrimary();
    void customerWindowsNeverCoverTheClerkAndOutliveSignOut();
    void signOutWarnsAboutAnOpenTicketAndShift();
    void overviewShowsMyDay();
};

void tst_QueueScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    AppStyle::apply(*qApp);
    QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
}

void tst_QueueScreens::aDayInTheHall()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    const Session zhang = clerkAt("1001", "张丽", "W01");
    const Session wang = clerkAt("1002", "王强", "W05");

    // Customers take tickets at the ticket machine.
    KioskWindow kiosk(hall.db(), zhang);
    QList<PrintDocument> printed;
    kiosk.setPrinter([&printed](const PrintDocument &doc, QString *) {
        printed.append(doc);
        return true;
    });
    kiosk.resize(1280, 860);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    QVERIFY(shot(&kiosk, QStringLiteral("queue-kiosk")));
    QSignalSpy issued(&kiosk, &KioskWindow::ticketIssued);
    QVERIFY(kiosk.choose(QStringLiteral("A"))); // A001
    QVERIFY(kiosk.isShowingTicket());
    QCOMPARE(kiosk.findChild<QLabel *>(QStringLiteral("ticketNumber"))->text(),
             QStringLiteral("A001"));
    QVERIFY(shot(&kiosk, QStringLiteral("queue-kiosk-ticket")));
    QTest::mouseClick(kiosk.findChild<QPushButton *>(QStringLiteral("doneButton")), Qt::LeftButton);
    QVERIFY(!kiosk.isShowingTicket());
    Clock::advance(kMinute);
    QVERIFY(kiosk.choose(QStringLiteral("A"))); // A002
    kiosk.findChild<QPushButton *>(QStringLiteral("doneButton"))->click();
    Clock::advance(kMinute);
    // An elderly customer: the green channel, and their mobile so the clerk has the card.
    buttonWithProperty(&kiosk, "priority", QStringLiteral("elderly"))->click();
    const QList<QPushButton *> keys =
        kiosk.findChildren<QPushButton *>(QStringLiteral("keyButton"));
    for (const QChar c : hall.customerPhone()) {
        for (QPushButton *key : keys) {
            if (key->text() == QString(c)) {
                key->click();
                break;
            }
        }
    }
    QVERIFY(shot(&kiosk, QStringLiteral("queue-kiosk-green-channel")));
    QVERIFY(kiosk.choose(QStringLiteral("B"))); // B001, green
    kiosk.findChild<QPushButton *>(QStringLiteral("doneButton"))->click();
    Clock::advance(kMinute);
    QVERIFY(kiosk.choose(QStringLiteral("C"))); // C001
    QCOMPARE(issued.count(), 4);
    QCOMPARE(printed.size(), 4);
    QVERIFY(printed.at(2).html.contains(QStringLiteral("B001")));
    QCOMPARE(printed.at(2).paper, PrintDocument::Paper::Roll80mm);
    const QString pdf =
        QDir(qEnvironmentVariable("HALLDESK_SCREENSHOT_DIR",
                                  QDir::temp().filePath(QStringLiteral("halldesk-screenshots"))))
            .filePath(QStringLiteral("queue-ticket-B001.pdf"));
    QVERIFY(printed.at(2).savePdf(pdf));
    const Ticket b001 = issued.at(2).at(0).value<Ticket>();
    QVERIFY(b001.green);
    QCOMPARE(b001.customerId, hall.customerId());
    kiosk.close();

    // The hall display on the second monitor.
    HallDisplayWindow display(hall.db());
    display.resize(1600, 900);
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QCOMPARE(display.waitingText(QStringLiteral("A")),
             HallDisplayWindow::tr("%n waiting", nullptr, 2));

    // Two windows call: 张丽 at W01 in the main window with F2, 王强 at W05 on his strip.
    QTemporaryDir dir;
    MainWindow main(hall.db(), zhang, dir.path());
    main.resize(1280, 760);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QApplication::setActiveWindow(&main);
    auto *strip = main.findChild<CallingStrip *>(QStringLiteral("callingStrip"));
    QVERIFY(strip);
    strip->setAskForRating(true);
    QSignalSpy customer(strip, &CallingStrip::customerCalled);
    Clock::advance(2 * kMinute);
    QTest::keyClick(&main, Qt::Key_F2);
    // The green channel first: B001 (waited 3 minutes) although A001 came earlier.
    QTRY_COMPARE(strip->currentTicket(), QStringLiteral("B001"));
    QCOMPARE(customer.count(), 1);
    QCOMPARE(customer.at(0).at(0).toString(), hall.customerId());
    main.showArea(int(main.areaIds().indexOf(QStringLiteral("queuePage"))));
    QVERIFY(shot(&main, QStringLiteral("queue-main-window-calling")));

    CallingStrip telecom(hall.db(), wang);
    telecom.resize(1000, 70);
    telecom.show();
    Clock::advance(kMinute);
    telecom.callNext();
    QCOMPARE(telecom.currentTicket(), QStringLiteral("C001"));
    QVERIFY(shot(&telecom, QStringLiteral("queue-strip-telecom")));

    // The display shows both calls, the latest in the banner, within the event loop's turn.
    QTRY_COMPARE(display.shownCalls(),
                 QStringList({QStringLiteral("C001"), QStringLiteral("B001")}));
    QCOMPARE(display.banner()->ticketNo(), QStringLiteral("C001"));
    QCOMPARE(display.waitingText(QStringLiteral("C")),
             HallDisplayWindow::tr("%n waiting", nullptr, 0));
    QVERIFY(shot(&display, QStringLiteral("queue-hall-display")));
    // What the hall hears: the number letter by letter, and the window.
    const QString spoken = CallAnnouncer::sentence(QStringLiteral("C001"), QStringLiteral("W05"),
                                                   QStringLiteral("电信窗口"));
    QVERIFY2(spoken.contains(QStringLiteral("C 0 0 1")) && spoken.contains(QStringLiteral("W05")),
             qPrintable(spoken));

    // 张丽 serves B001 for 6 minutes and ends the service: the rating pad asks.
    Clock::advance(5 * kMinute);
    QApplication::setActiveWindow(&main);
    QTest::keyClick(&main, Qt::Key_F9);
    QTRY_VERIFY(strip->currentTicket().isEmpty());
    RatingPadWindow *pad = strip->ratingPad();
    QVERIFY(pad->isVisible());
    QVERIFY(pad->isAsking());
    QCOMPARE(pad->subject(), QStringLiteral("B001"));
    pad->resize(1024, 480);
    QVERIFY(QTest::qWaitForWindowExposed(pad));
    QVERIFY(shot(pad, QStringLiteral("queue-rating-pad")));
    QSignalSpy rated(pad, &RatingPadWindow::rated);
    QVERIFY(pad->rate(5));
    QCOMPARE(rated.count(), 1);
    QCOMPARE(TicketService(hall.db()).find(QStringLiteral("B001"))->score, 5);
    QVERIFY(shot(pad, QStringLiteral("queue-rating-pad-thanks")));
    // Rating twice is refused on the pad with a clear message.
    pad->askForTicket(QStringLiteral("B001"));
    QVERIFY(pad->rate(4));
    QVERIFY2(pad->message().contains(QStringLiteral("B001")), qPrintable(pad->message()));
    QCOMPARE(TicketService(hall.db()).find(QStringLiteral("B001"))->score, 5);

    // 王强 serves C001 for 8 minutes; the customer is unhappy: a callback is opened.
    Clock::advance(3 * kMinute);
    telecom.finish();
    QVERIFY(telecom.ratingPad()->rate(2));
    QCOMPARE(hall.test().scalar(QStringLiteral("SELECT count(*) FROM callback WHERE ticket_no = "
                                               "'C001' AND status = 'open'")),
             1);

    // The next call at W01 takes A001, and the display moves on.
    QApplication::setActiveWindow(&main); // back from the customer's pad to the clerk's screen
    QTest::keyClick(&main, Qt::Key_F2);
    QTRY_COMPARE(strip->currentTicket(), QStringLiteral("A001"));
    QTRY_COMPARE(display.banner()->ticketNo(), QStringLiteral("A001"));

    // The supervisor's figures, from the day's events: waits of 3, 3 and 14 minutes,
    // services of 6 and 8.
    Session supervisor = clerkAt("2001", "李敏", "W01");
    supervisor.role = Role::Supervisor;
    QueuePage page(hall.db(), supervisor);
    page.resize(1180, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.waiting()->rowCount(), 1); // A002
    QVERIFY(shot(&page, QStringLiteral("queue-page-waiting")));
    QVERIFY(page.figures());
    page.tabs()->setCurrentWidget(page.figures());
    page.figures()->refresh();
    QCOMPARE(page.figures()->figure(QStringLiteral("issuedToday")), QStringLiteral("4"));
    QCOMPARE(page.figures()->figure(QStringLiteral("waitingNow")), QStringLiteral("1"));
    QCOMPARE(page.figures()->figure(QStringLiteral("averageWait")),
             TicketText::duration((3 + 3 + 14) * 60 / 3));
    QCOMPARE(page.figures()->figure(QStringLiteral("averageService")),
             TicketText::duration((6 + 8) * 60 / 2));
    QCOMPARE(page.figures()->figure(QStringLiteral("servedToday")), QStringLiteral("2"));
    QVERIFY(shot(&page, QStringLiteral("queue-page-figures")));
    page.tabs()->setCurrentWidget(page.callbacks());
    page.callbacks()->select(0);
    QVERIFY(shot(&page, QStringLiteral("queue-page-callbacks")));

    // The customer card's tab of visits: B001, served at W01 and rated.
    CustomerTicketsView visits(hall.db(), hall.customerId());
    visits.resize(900, 200);
    visits.show();
    QCOMPARE(visits.ticketModel()->rowCount(), 1);
    QCOMPARE(visits.ticketModel()->index(0, TicketListModel::NumberColumn).data().toString(),
             QStringLiteral("B001"));
    QCOMPARE(visits.ticketModel()->index(0, 0).data(TicketListModel::ScoreRole).toInt(), 5);
    QVERIFY(visits.ticketModel()
                ->index(0, TicketListModel::ScoreColumn)
                .data()
                .toString()
                .contains(RatingService::scoreName(5)));
    QVERIFY(shot(&visits, QStringLiteral("queue-customer-visits")));
}

void tst_QueueScreens::kioskRefusesClearly()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    KioskWindow kiosk(hall.db(), clerkAt("1001", "张丽", "W01"));
    kiosk.setPrinter([](const PrintDocument &, QString *error) {
        *error = TicketPrint::tr("No ticket printer is connected. Note your number on the "
                                 "screen.");
        return false;
    });
    kiosk.show();
    // A garbled link: nothing issued, a sentence in Chinese on the screen.
    const QList<QPushButton *> keys =
        kiosk.findChildren<QPushButton *>(QStringLiteral("keyButton"));
    for (QPushButton *k : keys) {
        if (k->text() == QStringLiteral("5"))
            k->click();
    }
    QVERIFY(kiosk.choose(QStringLiteral("A")));
    QVERIFY(!kiosk.isShowingTicket());
    QVERIFY(!kiosk.message().isEmpty());
    QCOMPARE(hall.test().scalar(QStringLiteral("SELECT count(*) FROM ticket")), 0);
    QVERIFY(shot(&kiosk, QStringLiteral("queue-kiosk-refused")));
    // The day is closed: the machine says so.
    QSqlQuery q = hall.db().query();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO business_day(day, closed_at, closed_by) VALUES "
                                  "('2026-11-23', '2026-11-23T09:00:00.000Z', '2001')")));
    for (QPushButton *k : keys) {
        if (k->text() == QStringLiteral("⌫"))
            k->click();
    }
    QVERIFY(kiosk.choose(QStringLiteral("B")));
    QVERIFY(kiosk.message().contains(QStringLiteral("2026-11-23")));
    QCOMPARE(hall.test().scalar(QStringLiteral("SELECT count(*) FROM ticket")), 0);
}

void tst_QueueScreens::transferParkAndTakeOverFromTheStrip()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session zhang = clerkAt("1001", "张丽", "W01");
    for (int i = 0; i < 3; ++i)
        QVERIFY(tickets.issue(zhang, {QStringLiteral("A"), {}, {}, {}}).ok());
    CallingStrip strip(hall.db(), zhang);
    strip.setAskForRating(false);
    strip.resize(1100, 80);
    strip.show();
    strip.callNext();
    QCOMPARE(strip.currentTicket(), QStringLiteral("A001"));
    // Transfer A001 to the civil affairs category through the dialog.
    strip.transfer();
    auto *dialog = strip.findChild<TransferDialog *>(QStringLiteral("transferDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->chooseCategory(QStringLiteral("B")));
    QVERIFY(shot(dialog, QStringLiteral("queue-transfer-dialog")));
    dialog->accept();
    QTRY_VERIFY(strip.currentTicket().isEmpty());
    QCOMPARE(TicketService(hall.db()).find(QStringLiteral("A001"))->category, QStringLiteral("B"));
    // Park A002, call A003, resume A002.
    strip.callNext();
    QCOMPARE(strip.currentTicket(), QStringLiteral("A001")); // W01 serves B as well: its place
    strip.finish();
    strip.callNext();
    QCOMPARE(strip.currentTicket(), QStringLiteral("A002"));
    strip.park();
    QVERIFY(strip.currentTicket().isEmpty());
    strip.callNext();
    QCOMPARE(strip.currentTicket(), QStringLiteral("A003"));
    strip.resume(QStringLiteral("A002"));
    QVERIFY(!strip.message().isEmpty()); // refused: A003 is at the window
    QCOMPARE(strip.currentTicket(), QStringLiteral("A003"));
    strip.finish();
    strip.resume(QStringLiteral("A002"));
    QCOMPARE(strip.currentTicket(), QStringLiteral("A002"));
    // Nobody left: calling says so and writes nothing.
    strip.finish();
    const qint64 events = hall.test().eventCount();
    strip.callNext();
    QVERIFY(strip.message().contains(QStringLiteral("W01")));
    QCOMPARE(hall.test().eventCount(), events);
    QVERIFY(shot(&strip, QStringLiteral("queue-strip-nothing-waiting")));

    // 王强 (B post of W01) takes the window over from his strip.
    QVERIFY(tickets.issue(zhang, {QStringLiteral("A"), {}, {}, {}}).ok());
    CallingStrip wang(hall.db(), clerkAt("1002", "王强", "W02"));
    wang.setAskForRating(false);
    wang.takeOver(QStringLiteral("W01"));
    QCOMPARE(wang.window(), QStringLiteral("W01"));
    wang.callNext();
    QCOMPARE(wang.currentTicket(), QStringLiteral("A004"));
    // 张丽's strip now says who works her window, and her keys do nothing there.
    QTRY_VERIFY(strip.message().contains(QStringLiteral("1002")));
    QVERIFY(shot(&strip, QStringLiteral("queue-strip-taken-over")));
}

// F4 asks first, naming the ticket; a stray Enter keeps the customer at the window.
void tst_QueueScreens::didNotComeAsksFirst()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    const Session zhang = clerkAt("1001", "张丽", "W01");
    QVERIFY(TicketService(hall.db()).issue(zhang, {QStringLiteral("A"), {}, {}, {}}).ok());
    CallingStrip strip(hall.db(), zhang);
    strip.setAskForRating(false);
    strip.resize(1100, 80);
    strip.show();
    strip.callNext();
    QCOMPARE(strip.currentTicket(), QStringLiteral("A001"));
    QSignalSpy left(&strip, &CallingStrip::customerLeft);
    const qint64 events = hall.test().eventCount();
    QString asked;
    const auto answer = [&asked](bool pressEnter) {
        QTimer::singleShot(0, [&asked, pressEnter] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            QVERIFY(saveScreenshot(box, QStringLiteral("queue-no-show-confirmation")));
            if (pressEnter)
                QTest::keyClick(box, Qt::Key_Return);
            else
                box->button(QMessageBox::Yes)->click();
        });
    };
    answer(true);
    strip.noShow();
    QVERIFY2(asked.contains(QStringLiteral("A001")), qPrintable(asked));
    QCOMPARE(strip.currentTicket(), QStringLiteral("A001"));
    QCOMPARE(hall.test().eventCount(), events);
    QCOMPARE(left.count(), 0);
    answer(false);
    strip.noShow();
    QVERIFY(strip.currentTicket().isEmpty());
    QCOMPARE(TicketService(hall.db()).find(QStringLiteral("A001"))->outcome,
             QStringLiteral("no_show"));
    QCOMPARE(left.count(), 1);
}

// The card at the counter is the customer at the window: it closes when their service
// ends (F9) and when another ticket is called (F2), whoever was looked up meanwhile.
void tst_QueueScreens::counterFollowsTheStrip()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    const Session zhang = clerkAt("1001", "张丽", "W01");
    TicketService tickets(hall.db());
    QVERIFY(tickets.issue(zhang, {QStringLiteral("A"), QStringLiteral("normal"),
                                  hall.customerPhone(), QStringLiteral("kiosk")}));
    Clock::advance(kMinute);
    QVERIFY(tickets.issue(zhang, {QStringLiteral("A"), {}, {}, {}})); // not registered
    QTemporaryDir dir;
    MainWindow main(hall.db(), zhang, dir.path());
    main.resize(1280, 760);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QApplication::setActiveWindow(&main);
    auto *strip = main.findChild<CallingStrip *>(QStringLiteral("callingStrip"));
    auto *counter = main.findChild<CounterPage *>(QStringLiteral("counterPage"));
    QVERIFY(strip && counter);
    strip->setAskForRating(false);
    QTest::keyClick(&main, Qt::Key_F2);
    QTRY_COMPARE(strip->currentTicket(), QStringLiteral("A001"));
    QCOMPARE(counter->currentCustomerId(), hall.customerId());
    QTest::keyClick(&main, Qt::Key_F9);
    QTRY_VERIFY(strip->currentTicket().isEmpty());
    QVERIFY(counter->currentCustomerId().isEmpty());
    // Looked up again meanwhile; then A002, someone else, is called.
    counter->searchBox()->setText(hall.customerPhone());
    counter->search();
    QCOMPARE(counter->currentCustomerId(), hall.customerId());
    QTest::keyClick(&main, Qt::Key_F2);
    QTRY_COMPARE(strip->currentTicket(), QStringLiteral("A002"));
    QVERIFY(counter->currentCustomerId().isEmpty());
    QVERIFY(counter->searchBox()->text().isEmpty());
}

void tst_QueueScreens::callbacksPage()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session zhang = clerkAt("1001", "张丽", "W05");
    QVERIFY(tickets.issue(zhang, {QStringLiteral("C"), {}, hall.customerPhone(), {}}).ok());
    QVERIFY(tickets.callNext(zhang, QStringLiteral("W05")).ok());
    QVERIFY(tickets.finish(zhang, QStringLiteral("W05")).ok());
    RatingPadWindow pad(hall.db(), zhang);
    pad.askForTicket(QStringLiteral("C001"));
    QVERIFY(pad.rate(1));
    // Two working days later the callback is overdue.
    Clock::setFixed(QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::LocalTime).toUTC());
    CallbackPage page(hall.db(), clerkAt("1002", "王强", "W01"));
    page.resize(1100, 520);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.model()->index(0, 0).data(CallbackModel::OverdueRole).toBool());
    page.select(0);
    QVERIFY(!page.selectedId().isEmpty());
    QVERIFY(shot(&page, QStringLiteral("queue-callbacks-overdue")));
    page.record(false, QString(), QStringLiteral("无人接听"));
    QVERIFY2(page.message().contains(QStringLiteral("2026-11-26")), qPrintable(page.message()));
    page.record(true, QStringLiteral("explained"), QStringLiteral("已致歉并解释办理时限"));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(hall.test().scalar(QStringLiteral("SELECT attempts FROM callback")), 2);
    QCOMPARE(hall.test().scalar(QStringLiteral("SELECT count(*) FROM event_log WHERE type = "
                                               "'callback.recorded'")),
             2);
}

// Selecting a callback with long notes, in English, keeps the main window within a
// 1366x768 screen: the details scroll instead of growing the window.
void tst_QueueScreens::selectedCallbackFitsTheScreen()
{
    QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("en")));
    const auto restore = qScopeGuard(
        [] { Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")); });
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    TicketService tickets(hall.db());
    const Session zhang = clerkAt("1001", "张丽", "W05");
    QVERIFY(tickets.issue(zhang, {QStringLiteral("C"), {}, hall.customerPhone(), {}}).ok());
    QVERIFY(tickets.callNext(zhang, QStringLiteral("W05")).ok());
    QVERIFY(tickets.finish(zhang, QStringLiteral("W05")).ok());
    RatingPadWindow pad(hall.db(), zhang);
    pad.askForTicket(QStringLiteral("C001"));
    QVERIFY(pad.rate(1));
    QStringList notes;
    for (int i = 1; i <= 14; ++i)
        notes << QStringLiteral("%1: busy, will call back later.").arg(i);
    const Session wang = clerkAt("1002", "王强", "W01");
    CallbackPage recorder(hall.db(), wang);
    recorder.select(0);
    recorder.record(false, QString(), notes.join(QLatin1Char('\n')));
    QVERIFY2(recorder.message().contains(QStringLiteral("attempt 1")),
             qPrintable(recorder.message()));

    QTemporaryDir dir;
    MainWindow main(hall.db(), wang, dir.path());
    main.resize(1366, 740);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    main.showArea(int(main.areaIds().indexOf(QStringLiteral("queuePage"))));
    auto *queue = main.findChild<QueuePage *>();
    QVERIFY(queue);
    queue->tabs()->setCurrentWidget(queue->callbacks());
    queue->callbacks()->select(0);
    QVERIFY(!queue->callbacks()->selectedId().isEmpty());
    QTest::qWait(100);
    QVERIFY2(main.height() <= 768 && main.width() <= 1366,
             qPrintable(QStringLiteral("%1x%2").arg(main.width()).arg(main.height())));
    QVERIFY(main.minimumSizeHint().height() <= 768);
    QVERIFY(shot(&main, QStringLiteral("queue-callback-selected-en")));
}

// The screen chosen for a customer-facing window is remembered by name; a chosen screen
// that is gone, and no choice on a one-screen computer, give the primary screen.
void tst_QueueScreens::customerScreensFallBackToThePrimary()
{
    using CustomerScreens::Kind;
    QScreen *primary = QGuiApplication::primaryScreen();
    QCOMPARE(QGuiApplication::screens().size(), 1);
    const auto forget = qScopeGuard([] {
        for (Kind kind : {Kind::HallDisplay, Kind::Kiosk, Kind::RatingPad})
            CustomerScreens::choose(kind, QString());
    });
    QCOMPARE(CustomerScreens::screenFor(Kind::HallDisplay), primary);
    CustomerScreens::choose(Kind::HallDisplay, QStringLiteral("HDMI-2"));
    CustomerScreens::choose(Kind::Kiosk, primary->name());
    QCOMPARE(QSettings().value(CustomerScreens::settingsKey(Kind::HallDisplay)).toString(),
             QStringLiteral("HDMI-2"));
    QCOMPARE(CustomerScreens::chosenName(Kind::HallDisplay), QStringLiteral("HDMI-2"));
    QCOMPARE(CustomerScreens::screenFor(Kind::HallDisplay), primary); // HDMI-2 is gone
    QCOMPARE(CustomerScreens::screenFor(Kind::Kiosk), primary);
    QCOMPARE(CustomerScreens::chosenName(Kind::RatingPad), QString());
    // With one screen, nothing opens full screen: it would cover the clerk's window.
    QVERIFY(!CustomerScreens::opensFullScreen(primary));
}

// With one screen the hall display, the ticket machine and the rating pad open as windows
// on the screen, not full screen; the first two stay open when the clerk signs out (the
// main window goes).
void tst_QueueScreens::customerWindowsNeverCoverTheClerkAndOutliveSignOut()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    const Session zhang = clerkAt("1001", "张丽", "W01");
    QTemporaryDir dir;
    auto *main = new MainWindow(hall.db(), zhang, dir.path());
    main->resize(1280, 720);
    main->show();
    QVERIFY(QTest::qWaitForWindowExposed(main));
    auto *queue = main->findChild<QueuePage *>();
    QVERIFY(queue);
    QTest::mouseClick(queue->findChild<QPushButton *>(QStringLiteral("openHallDisplay")),
                      Qt::LeftButton);
    QPointer<HallDisplayWindow> display = queue->openHallDisplay();
    QPointer<KioskWindow> kiosk = queue->openKiosk();
    const QRect free = QGuiApplication::primaryScreen()->availableGeometry();
    for (QWidget *w : std::initializer_list<QWidget *>{display, kiosk}) {
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(!w->isFullScreen());
        QVERIFY(free.contains(w->geometry().topLeft()));
    }
    // Both fit the screen whole: what does not fit in a window on a small screen scrolls.
    QVERIFY(free.contains(display->geometry()));
    QVERIFY2(free.contains(kiosk->geometry()),
             qPrintable(QStringLiteral("%1x%2").arg(kiosk->width()).arg(kiosk->height())));
    // Scrolling keeps the display's own dark background (a scroll area paints its own).
    const QImage shown = display->grab().toImage();
    QCOMPARE(shown.pixelColor(4, shown.height() - 4), QColor(QStringLiteral("#0d2b52")));
    RatingPadWindow pad(hall.db(), zhang);
    pad.show();
    QTRY_VERIFY(pad.screen() == QGuiApplication::primaryScreen());
    QTest::qWait(20);
    QVERIFY(!pad.isFullScreen());

    // Signing out closes the main window, not the hall's screens.
    main->hide();
    delete main;
    QCoreApplication::processEvents();
    QVERIFY(display && display->isVisible());
    QVERIFY(kiosk && kiosk->isVisible());
    QVERIFY(kiosk->choose(QStringLiteral("A")));
    display->close();
    kiosk->close();
    QTRY_VERIFY(!display && !kiosk); // closed for good, nothing left behind
}

// 签退 in the main window: at once when nothing is open; a warning naming the ticket being
// served and the open shift otherwise, and staying signed in is the default.
void tst_QueueScreens::signOutWarnsAboutAnOpenTicketAndShift()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    const Session zhang = clerkAt("1001", "张丽", "W01");
    QTemporaryDir dir;
    MainWindow main(hall.db(), zhang, dir.path());
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QSignalSpy signOut(&main, &MainWindow::signOutRequested);
    auto *button = main.findChild<QPushButton *>(QStringLiteral("signOut"));
    QVERIFY(button && button->isVisible());
    QVERIFY(main.signOutWarnings().isEmpty());

    TicketService tickets(hall.db());
    QVERIFY(tickets.issue(zhang, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(tickets.callNext(zhang, QStringLiteral("W01")).ok());
    const Result<Shift> shift = ShiftService(hall.db()).open(zhang, QStringLiteral("200.00"));
    QVERIFY2(shift.ok(), qPrintable(shift.error().english()));
    const QStringList warnings = main.signOutWarnings();
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.at(0).contains(QStringLiteral("A001")));

    QTest::mouseClick(button, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = main.findChild<QMessageBox *>(QStringLiteral("signOutWarning"))));
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("A001")));
    QVERIFY(shot(box, QStringLiteral("sign-out-warning")));
    box->defaultButton()->click(); // stay signed in
    QCOMPARE(signOut.count(), 0);
    QTRY_VERIFY(!main.findChild<QMessageBox *>(QStringLiteral("signOutWarning")));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY((box = main.findChild<QMessageBox *>(QStringLiteral("signOutWarning"))));
    box->findChild<QPushButton *>(QStringLiteral("signOutAnyway"))->click();
    QCOMPARE(signOut.count(), 1);

    QVERIFY(tickets.finish(zhang, QStringLiteral("W01")).ok());
    QCOMPARE(main.signOutWarnings().size(), 1); // the shift is still open
}

// The overview tells the signed-in clerk their day: the queue at their window, their cases
// due, their shift's takings, their callbacks due; an item opens its area.
void tst_QueueScreens::overviewShowsMyDay()
{
    QueueFixture hall;
    QVERIFY2(hall.open(), qPrintable(hall.problem()));
    const Session zhang = clerkAt("1001", "张丽", "W01");
    TicketService tickets(hall.db());
    QVERIFY(tickets.issue(zhang, {QStringLiteral("A"), {}, hall.customerPhone(), {}}).ok());
    QVERIFY(tickets.callNext(zhang, QStringLiteral("W01")).ok());
    QVERIFY(tickets.finish(zhang, QStringLiteral("W01")).ok());
    RatingPadWindow pad(hall.db(), zhang);
    pad.askForTicket(QStringLiteral("A001"));
    QVERIFY(pad.rate(1)); // a callback for 张丽's customer
    // The next working day, when the callback is due: two customers wait, the shift opens.
    Clock::setFixed(QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::LocalTime).toUTC());
    for (int i = 0; i < 2; ++i)
        QVERIFY(tickets.issue(zhang, {QStringLiteral("A"), {}, {}, {}}).ok());
    QVERIFY(ShiftService(hall.db()).open(zhang, QStringLiteral("200.00")).ok());

    QTemporaryDir dir;
    MainWindow main(hall.db(), zhang, dir.path());
    main.resize(1366, 740);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    main.showArea(int(main.areaIds().indexOf(QStringLiteral("overviewPage"))));
    auto *overview = main.findChild<OverviewPage *>();
    QVERIFY(overview);
    QVERIFY2(overview->myDayText(QStringLiteral("myQueue")).contains(QStringLiteral("W01")),
             qPrintable(overview->myDayText(QStringLiteral("myQueue"))));
    QVERIFY(overview->myDayText(QStringLiteral("myQueue")).contains(QLatin1Char('2')));
    QVERIFY(overview->myDayText(QStringLiteral("myTakings")).contains(QStringLiteral("0.00")));
    QVERIFY2(overview->myDayText(QStringLiteral("myCallbacks")).contains(QLatin1Char('1')),
             qPrintable(overview->myDayText(QStringLiteral("myCallbacks"))));
    QVERIFY(!overview->myDayText(QStringLiteral("myCases")).isEmpty());
    QVERIFY(shot(&main, QStringLiteral("overview-my-day")));

    QTest::mouseClick(overview->findChild<QPushButton *>(QStringLiteral("myTakings")),
                      Qt::LeftButton);
    QCOMPARE(main.areaIds().at(main.currentArea()), QStringLiteral("cashPage"));
    main.showArea(int(main.areaIds().indexOf(QStringLiteral("overviewPage"))));
    QTest::mouseClick(overview->findChild<QPushButton *>(QStringLiteral("myQueue")),
                      Qt::LeftButton);
    QCOMPARE(main.areaIds().at(main.currentArea()), QStringLiteral("queuePage"));
}

QTEST_MAIN(tst_QueueScreens)
#include "tst_queuescreens.moc"
