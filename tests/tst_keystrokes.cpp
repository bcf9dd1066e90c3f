// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How many keys the common jobs at the telecom window take, from the ticket called (F2) to
// the receipt printed and the clerk back at the counter, driven through the real main
// window on the demo branch with key presses (and a click where no key gets there). Every
// key the application receives is counted (an event filter on the application; a chord such
// as Ctrl+R is one), split into the keys for what the customer gives (the digits of an
// amount or a number, the words of a place) and the keys that move through the screens. Each job
// checks its outcome (the case, the payment, the receipt printed) and that it takes no more keys
// than its named maximum: a change that adds keystrokes to a common job fails here.
#include "core/cases/caseservice.h"
#include "core/cash/paymentservice.h"
#include "core/cash/shiftservice.h"
#include "core/customers/customerservice.h"
#include "core/queue/ticketservice.h"
#include "core/staff/passwordhasher.h"
#include "core/staff/staffservice.h"
#include "core/storage/database.h"
#include "core/storage/datalocation.h"
#include "core/storage/deviceidentity.h"
#include "demo/demoseeder.h"
#include "ui/cases/casedetaildialog.h"
#include "ui/cases/registercasedialog.h"
#include "ui/cash/paymentdialog.h"
#include "ui/counter/counterpage.h"
#include "ui/queue/callingstrip.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/mainwindow.h"

#include "demobranch.h"
#include "screenshot.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The most keys each job may take. Before the top-up key, paying on registration and the
// receipt printed at once they took 35, 37, 34, 34 and 11 (the payment through the case's
// detail, the receipt printed from the preview).
constexpr int TopUpMaxKeys = 7;
constexpr int BillPaymentMaxKeys = 8;
constexpr int SimReplacementMaxKeys = 10;
constexpr int CertificateMaxKeys = 27;
constexpr int ReissueWithoutFeeMaxKeys = 9;

// Counts the key presses the application receives, once each, a chord (Ctrl+R, Shift+Tab)
// as one: a shortcut is seen as its ShortcutOverride (its KeyPress never comes), any other
// key as its ShortcutOverride and then its KeyPress. Only the event sent to the widget with
// the keyboard counts, not its propagation to the parents; auto-repeat and the modifier
// keys alone do not count. Where the keyboard cannot get (out of a table that keeps Tab for
// its cells), the clerk clicks: clicks are counted as presses too.
class KeyCounter : public QObject
{
public:
    int keys = 0;
    int dataKeys = 0;
    int clicks = 0;
    bool data = false; // the keys now typed are the customer's data

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->isAutoRepeat() || watched != target() || isModifier(key->key()))
            return false;
        const QPair<int, int> id(key->key(), int(key->modifiers()));
        if (type == QEvent::KeyPress && m_pending == id) {
            m_pending = {};
            return false;
        }
        m_pending = type == QEvent::ShortcutOverride ? id : QPair<int, int>();
        ++keys;
        if (data)
            ++dataKeys;
        return false;
    }

    static bool isModifier(int key)
    {
        return key == Qt::Key_Shift || key == Qt::Key_Control || key == Qt::Key_Alt ||
               key == Qt::Key_Meta || key == Qt::Key_AltGr;
    }

    static QWidget *target()
    {
        if (QWidget *focus = QApplication::focusWidget())
            return focus;
        if (QWidget *modal = QApplication::activeModalWidget())
            return modal;
        return QApplication::activeWindow();
    }

private:
    QPair<int, int> m_pending;
};

// A job as the clerk does it: steps run one after another from a timer, so that they go on
// inside the dialogs' own event loops (exec) as the clerk's hands would.
class Script : public QObject
{
public:
    struct Step
    {
        std::function<bool()> ready;
        std::function<void()> act;
    };

    explicit Script(KeyCounter &counter) : m_counter(counter)
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &Script::tick);
    }

    void then(std::function<bool()> ready, std::function<void()> act)
    {
        m_steps.append({std::move(ready), std::move(act)});
    }
    void then(std::function<void()> act)
    {
        then([] { return true; }, std::move(act));
    }
    // Waits for a modal window of type T to have the keyboard.
    template <typename T> void waitFor()
    {
        then([] { return qobject_cast<T *>(QApplication::activeModalWidget()) != nullptr; },
             [] {
                 QWidget *w = QApplication::activeModalWidget();
                 QApplication::setActiveWindow(w);
             });
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        then([k, mods] { press(k, mods); });
    }
    void type(const QString &text, bool data = true)
    {
        then([this, text, data] {
            m_counter.data = data;
            for (const QChar c : text)
                QTest::keyClick(KeyCounter::target(), c.toLatin1());
            m_counter.data = false;
        });
    }
    // Tab until the widget named name has the keyboard.
    void tabTo(const QString &name)
    {
        then([this, name] {
            for (int i = 0; i < 40; ++i) {
                QWidget *focus = QApplication::focusWidget();
                if (focus && focus->objectName() == name)
                    return;
                press(Qt::Key_Tab);
            }
            fail(u"Tab never reached "_s + name);
        });
    }
    // The clerk clicks the widget named name (a table's first row).
    void click(const QString &name)
    {
        then([this, name] {
            QWidget *window = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                                : QApplication::activeWindow();
            auto *w = window ? window->findChild<QWidget *>(name) : nullptr;
            if (!w || !w->isVisible()) {
                fail(u"Nothing to click named "_s + name);
                return;
            }
            ++m_counter.clicks;
            if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                const QRect row = view->visualRect(view->model()->index(0, 0));
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
            } else {
                QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(4, w->height() / 2));
            }
        });
    }
    // The clerk clicks the tab of the tab widget named name.
    void clickTab(const QString &name, int index)
    {
        then([this, name, index] {
            auto *tabs = QApplication::activeWindow()->findChild<QTabWidget *>(name);
            if (!tabs) {
                fail(u"No tabs named "_s + name);
                return;
            }
            ++m_counter.clicks;
            QTabBar *bar = tabs->tabBar();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        });
    }
    // A screenshot of the window on top, for a person to look at (see saveScreenshot).
    void shot(const QString &name)
    {
        then([name] {
            QWidget *top = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                             : QApplication::activeWindow();
            saveScreenshot(top, u"keys-"_s + name);
        });
    }
    void fail(const QString &error)
    {
        m_error = error;
        // Unwind the dialogs' loops the failed job left open.
        while (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    }

    void start() { m_timer.start(); }
    bool done() const { return m_next >= m_steps.size() || !m_error.isEmpty(); }
    QString error() const { return m_error; }

    static void press(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(KeyCounter::target(), k, mods);
    }

private:
    void tick()
    {
        if (done()) {
            m_timer.stop();
            return;
        }
        if (m_starting)
            return;
        if (!m_waiting.isValid())
            m_waiting.start();
        if (!m_steps.at(m_next).ready()) {
            if (m_waiting.elapsed() > 10000) {
                QWidget *modal = QApplication::activeModalWidget();
                if (auto *r = qobject_cast<RegisterCaseDialog *>(modal))
                    qWarning("%s", qPrintable(r->errorText()));
                fail(u"Step %1 waited in vain (on top: %2, keyboard at %3)"_s.arg(m_next).arg(
                    modal ? QString::fromLatin1(modal->metaObject()->className()) : u"-"_s,
                    QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                : u"-"_s));
            }
            return;
        }
        m_waiting.invalidate();
        // The step may open a dialog with its own loop, and a timer does not fire again
        // while its handler runs: the step runs on its own, the next ones inside that loop.
        m_starting = true;
        QTimer::singleShot(0, this, [this, act = m_steps.at(m_next++).act] {
            m_starting = false;
            act();
        });
    }

    KeyCounter &m_counter;
    QTimer m_timer;
    QElapsedTimer m_waiting;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    bool m_starting = false;
    QString m_error;
};

} // namespace

class tst_Keystrokes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void commonJobs_data();
    void commonJobs();

private:
    static void chooseMatter(Script &script, const QString &item);
    static void fillForm(Script &script, const QStringList &fields);
    static void pay(Script &script, const QString &pdf);
    static void payFromCase(Script &script, const QString &pdf);
    void checkOutcome(const QString &item, const QString &paid, const QString &pdf,
                      int casesBefore);
    Session m_clerk;
    DemoBranch m_branch;
    Database *m_db = nullptr;
    QString m_customerId;
    QString m_idNumber;
    QString m_mobile;
};

void tst_Keystrokes::initTestCase()
{
    QVERIFY2(m_branch.open(30, 2), qPrintable(m_branch.problem()));
    m_db = &m_branch.db();
    // 王强 at the telecom window, his shift open.
    const Result<Session> clerk = StaffService(*m_db).login(u"1002"_s, u"Demo@1002"_s, u"W05"_s);
    QVERIFY(clerk.ok());
    m_clerk = clerk.value();
    if (!ShiftService(*m_db).current(m_clerk.staffNo)) {
        const Result<Shift> opened = ShiftService(*m_db).open(m_clerk, u"200"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().english()));
    }
    // The telecom window free: the demo's customers at it and waiting for it are served.
    TicketService tickets(*m_db);
    for (int i = 0;
         i < 200 && (tickets.current(u"W05"_s).ok() || tickets.callNext(m_clerk, u"W05"_s).ok());
         ++i)
        tickets.finish(m_clerk, u"W05"_s);
    QVERIFY(!tickets.current(u"W05"_s).ok());
    // A customer with a live mobile line.
    m_customerId = m_branch.firstOf(u"SELECT customer_id FROM subscription WHERE kind = 'mobile' "
                                    "AND status = 'active' ORDER BY service_id LIMIT 1"_s);
    m_mobile = m_branch.firstOf(u"SELECT number FROM subscription WHERE customer_id = ? AND kind = "
                                "'mobile' AND status = 'active' ORDER BY service_id LIMIT 1"_s,
                                {m_customerId});
    const Result<Customer> customer = CustomerService(*m_db).findById(m_customerId);
    QVERIFY(customer.ok());
    m_idNumber = customer->idNumber;
    QVERIFY(!m_mobile.isEmpty() && !m_idNumber.isEmpty());
}

void tst_Keystrokes::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
}

void tst_Keystrokes::commonJobs_data()
{
    QTest::addColumn<QString>("item");
    // After the matter is chosen, the fields in the order the keyboard reaches them: a value
    // typed (key=value) or a choice (key: the first one).
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("paid"); // empty: no payment
    QTest::addColumn<int>("maxKeys");
    QTest::newRow("top-up 50") << u"T09"_s << QStringList({u"amount=50"_s}) << u"50"_s
                               << TopUpMaxKeys;
    QTest::newRow("bill payment 150")
        << u"T09"_s << QStringList({u"amount=150"_s}) << u"150"_s << BillPaymentMaxKeys;
    QTest::newRow("SIM replacement")
        << u"T05"_s << QStringList({u"reason"_s}) << u"10"_s << SimReplacementMaxKeys;
    QTest::newRow("forest rights certificate")
        << u"G032"_s << QStringList({u"forest_area=2.5"_s, u"location=xishan 3"_s}) << u"10"_s
        << CertificateMaxKeys;
    QTest::newRow("health card reissue, no fee")
        << u"G024"_s << QStringList({u"reason"_s}) << QString() << ReissueWithoutFeeMaxKeys;
}

// The matter chosen: the top-up (F10) opens with it and the mobile filled in; any other is
// found by its code (Ctrl+R, the code, Enter), the keyboard then at its first empty field.
void tst_Keystrokes::chooseMatter(Script &script, const QString &item)
{
    if (item == QLatin1String("T09")) {
        script.shot(u"counter"_s);
        script.key(Qt::Key_F10);
        script.waitFor<RegisterCaseDialog>();
        script.shot(u"topup-register"_s);
        return;
    }
    script.key(Qt::Key_R, Qt::ControlModifier);
    script.waitFor<RegisterCaseDialog>();
    script.type(item.toLower(), false);
    script.key(Qt::Key_Return);
}

// The fields typed or chosen, Tab between them; Enter registers.
void tst_Keystrokes::fillForm(Script &script, const QStringList &fields)
{
    for (const QString &field : fields) {
        const QString name = u"field_"_s + field.section(QLatin1Char('='), 0, 0);
        if (field != fields.first())
            script.tabTo(name);
        script.then([&script, name] {
            QWidget *focus = QApplication::focusWidget();
            if (!focus || focus->objectName() != name)
                script.fail(u"The keyboard is not at "_s + name);
        });
        if (field.contains(QLatin1Char('=')))
            script.type(field.section(QLatin1Char('='), 1));
        else
            script.key(Qt::Key_Down); // a choice: the first one
    }
    script.key(Qt::Key_Return);
}

// The payment dialog: Enter takes the exact amount and prints the receipt (here into the
// PDF file), Enter closes.
void tst_Keystrokes::pay(Script &script, const QString &pdf)
{
    script.waitFor<PaymentDialog>();
    script.then([pdf] {
        auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
        dialog->setReceiptDevice(
            [pdf](const PrintDocument &doc, QString *error) { return doc.savePdf(pdf, error); });
    });
    script.shot(u"payment"_s);
    script.key(Qt::Key_Return);
    script.then(
        [] {
            auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
            return dialog && dialog->payment();
        },
        [] {});
    script.shot(u"payment-done"_s);
    script.key(Qt::Key_Return);
}

// A matter paid later than on the spot: its case opened from the customer's open cases.
void tst_Keystrokes::payFromCase(Script &script, const QString &pdf)
{
    script.clickTab(u"customerTabs"_s, 1);
    script.click(u"casesView"_s);
    script.key(Qt::Key_Return);
    script.waitFor<CaseDetailDialog>();
    script.key(Qt::Key_Y, Qt::AltModifier);
    pay(script, pdf);
    script.waitFor<CaseDetailDialog>();
    script.key(Qt::Key_Escape);
}

// The outcome: one more case of the matter, its payment, the receipt printed.
void tst_Keystrokes::checkOutcome(const QString &item, const QString &paid, const QString &pdf,
                                  int casesBefore)
{
    QCOMPARE(
        m_branch
            .firstOf(u"SELECT count(*) FROM service_case WHERE customer_id = ?"_s, {m_customerId})
            .toInt(),
        casesBefore + 1);
    const QString caseNo = m_branch.firstOf(
        u"SELECT case_no FROM service_case WHERE customer_id = ? AND item_code = ? "
        "ORDER BY created_at DESC, case_no DESC LIMIT 1"_s,
        {m_customerId, item});
    QVERIFY(!caseNo.isEmpty());
    const std::optional<Payment> payment = PaymentService(*m_db).paymentForCase(caseNo);
    if (paid.isEmpty()) {
        QVERIFY(!payment);
    } else {
        QVERIFY(payment);
        QCOMPARE(payment->amount.format(), Money::parse(paid)->format());
        // Nothing typed as handed over: the exact amount, no change.
        QCOMPARE(payment->tendered.format(), payment->amount.format());
        QCOMPARE(payment->change.format(), Money().format());
        QCOMPARE(PaymentService(*m_db).find(payment->receiptNo)->prints, 1);
        QVERIFY(QFile::exists(pdf));
    }
}

void tst_Keystrokes::commonJobs()
{
    QFETCH(QString, item);
    QFETCH(QStringList, fields);
    QFETCH(QString, paid);
    QFETCH(int, maxKeys);

    TicketService(*m_db).finish(m_clerk, u"W05"_s); // whoever a failed job left at the window
    const Result<Ticket> ticket =
        TicketService(*m_db).issue(m_clerk, {u"C"_s, u"normal"_s, m_idNumber, u"kiosk"_s});
    QVERIFY(ticket.ok());
    const QString casesBefore = m_branch.firstOf(
        u"SELECT count(*) FROM service_case WHERE customer_id = ?"_s, {m_customerId});
    MainWindow main(*m_db, m_clerk, m_branch.dataDir());
    main.resize(1366, 768);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QApplication::setActiveWindow(&main);
    auto *strip = main.findChild<CallingStrip *>(u"callingStrip"_s);
    auto *counter = main.findChild<CounterPage *>(u"counterPage"_s);
    QVERIFY(strip && counter);
    strip->setAskForRating(false);
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);

    KeyCounter counter_;
    qApp->installEventFilter(&counter_);
    const QString pdf = m_branch.filePath(u"receipt-%1.pdf"_s.arg(
        QString::number(qHash(QString::fromUtf8(QTest::currentDataTag())))));
    Script script(counter_);
    script.key(Qt::Key_F2);
    script.then([&] { return !strip->currentTicket().isEmpty(); },
                [&] {
                    if (counter->currentCustomerId() != m_customerId)
                        script.fail(u"F2 called %1 (%2), not %3"_s.arg(strip->currentTicket(),
                                                                       counter->currentCustomerId(),
                                                                       ticket->ticketNo));
                });
    chooseMatter(script, item);
    fillForm(script, fields);
    if (!paid.isEmpty() && item.startsWith(QLatin1Char('T'))) {
        pay(script, pdf);
    } else if (!paid.isEmpty()) {
        script.then([] { return QApplication::activeModalWidget() == nullptr; },
                    [&main] { QApplication::setActiveWindow(&main); });
        payFromCase(script, pdf);
    }
    script.then([] { return QApplication::activeModalWidget() == nullptr; }, [] {});
    script.start();
    QTRY_VERIFY_WITH_TIMEOUT(script.done(), 60000);
    qApp->removeEventFilter(&counter_);
    QVERIFY2(script.error().isEmpty(), qPrintable(script.error()));
    const int keys = counter_.keys + counter_.clicks;

    checkOutcome(item, paid, pdf, casesBefore.toInt());
    if (QTest::currentTestFailed())
        return;
    qInfo("%s: %d presses (%d clicks), %d of them the customer's data", QTest::currentDataTag(),
          keys, counter_.clicks, counter_.dataKeys);
    QVERIFY2(keys <= maxKeys, qPrintable(u"%1 keys, at most %2"_s.arg(keys).arg(maxKeys)));

    // The next customer: this one's service ends (not counted).
    strip->finish();
    QTRY_VERIFY(strip->currentTicket().isEmpty());
}

QTEST_MAIN(tst_Keystrokes)
#include "tst_keystrokes.moc"
