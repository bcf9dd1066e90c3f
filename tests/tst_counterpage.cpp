// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The counter screen as a clerk uses it, offscreen: the search box has the keyboard, an
// ID-card reader opens or registers the customer, the card shows the customer with their
// services and open cases, every action has its key, and the dialogs it opens do the work.
#include "core/cases/caseservice.h"
#include "core/common/clock.h"
#include "core/common/language.h"
#include "core/customers/customerservice.h"
#include "core/customers/subscriptionservice.h"
#include "core/master/masterdata.h"
#include "core/staff/passwordhasher.h"
#include "core/storage/eventlog.h"
#include "counterfixture.h"
#include "models/customercasemodel.h"
#include "models/customerlistmodel.h"
#include "models/servicehistorymodel.h"
#include "models/subscriptionmodel.h"
#include "screenshot.h"
#include "ui/counter/counterpage.h"
#include "ui/counter/customercard.h"
#include "ui/counter/customerdialog.h"
#include "ui/counter/openservicedialog.h"
#include "ui/counter/servicechangedialog.h"
#include "ui/counter/servicedonepanel.h"
#include "ui/shell/appstyle.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/scanburstfilter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>

namespace {

const char *const kWangId = "51072219450315001";   // 王建国, born 1945: elderly
const char *const kLiId = "51070319650412002";     // 李秀英
const char *const kNewcomer = "51072519900101003"; // not registered

// Waits for the window-modal dialog of a type the page opened (null if none comes).
template <typename T> T *dialogOf(QWidget *window)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = window->findChild<T *>();
            return found && found->isVisible();
        },
        5000);
    return shown ? found : nullptr;
}

// Saves a screenshot once pending layouts have run, as the clerk would see the screen.
bool shot(QWidget *widget, const QString &name)
{
    QTest::qWait(80);
    return saveScreenshot(widget, name);
}

// Shows the page as the clerk's active window, with the keyboard in the search box.
bool showActive(CounterPage &page)
{
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return false;
    QApplication::setActiveWindow(&page);
    page.searchBox()->setFocus();
    return QTest::qWaitFor([&page] { return page.searchBox()->hasFocus(); }, 2000);
}

// A tab another area adds to the card: it learns which customer is open.
class VisitsTab : public QLabel
{
    Q_OBJECT
public:
    QStringList seen;
public slots:
    void setCustomerId(const QString &customerId) { seen.append(customerId); }
};

} // namespace

class tst_CounterPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<CounterFixture> m_f;
    Customer m_wang;
    Customer m_li;
    Subscription m_line;
    QString m_dataDir;

    void typeFast(QWidget *w, const QString &text)
    {
        // What a card reader does: the characters in one burst, then Enter.
        QTest::keyClicks(w, text);
        QTest::keyClick(w, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setIterations(1000);
        AppStyle::apply(*qApp);
        QVERIFY(Language::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    }

    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::LocalTime).toUTC());
        m_f = std::make_unique<CounterFixture>();
        QVERIFY2(m_f->open(), qPrintable(m_f->problem()));
        CustomerService customers(m_f->db());
        NewCustomer wang;
        wang.name = QStringLiteral("王建国");
        wang.idNumber = CounterFixture::residentId(kWangId);
        wang.phone = QStringLiteral("13981645120");
        wang.address = QStringLiteral("四川省绵阳市三台县城关镇东风村3组12号");
        wang.vip = true;
        wang.preferences = QStringLiteral("耳背，请大声说话；家人代为接听电话");
        wang.notes = QStringLiteral("2025年起享受高龄津贴");
        m_wang = customers.registerCustomer(CounterFixture::clerk(), wang).value();
        m_li = m_f->addCustomer(QStringLiteral("李秀英"), kLiId, QStringLiteral("13800138000"))
                   .value();
        // 王建国 holds a line under contract, a fixed line, and an open case.
        m_line = m_f->openLine(m_wang, QStringLiteral("13308161234"), QDate(2027, 6, 30))->service;
        QVERIFY(m_f->openLine(m_wang, QStringLiteral("0816-5621234"), QDate(), ServiceKind::Fixed));
        ServiceChangeRequest plan;
        plan.change = ServiceChange::Plan;
        plan.proof = IdentityProof::idNumber(m_wang.idNumber);
        plan.plan = QStringLiteral("老年关爱卡8元套餐");
        plan.contractConfirmed = true;
        Clock::advance(120000);
        QVERIFY(
            SubscriptionService(m_f->db()).change(CounterFixture::clerk(), m_line.serviceId, plan));
        NewCase c;
        c.itemCode = QStringLiteral("G013");
        c.customerId = m_wang.customerId;
        c.formData = {{QStringLiteral("birth_date"), QStringLiteral("1945-03-15")},
                      {QStringLiteral("bank_account"), QStringLiteral("6217900012345678901")}};
        c.materialsReceived = MasterData::item(m_f->db().connection(), c.itemCode)->materials;
        CaseService cases(m_f->db());
        const Result<QString> caseNo = cases.registerCase(CounterFixture::clerk(), c);
        QVERIFY2(caseNo.ok(), qPrintable(caseNo.error().english()));
        QVERIFY(cases.accept(CounterFixture::clerk(), caseNo.value()));
        m_dataDir = QFileInfo(m_f->test().path()).absolutePath();
    }
    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        m_f.reset();
        Clock::reset();
    }

    void searchHasTheKeyboardAtStart()
    {
        MainWindow w(m_f->db(), CounterFixture::clerk(), m_dataDir);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QCOMPARE(w.areaIds().first(), QStringLiteral("counterPage"));
        auto *page = w.findChild<CounterPage *>();
        QTRY_COMPARE(QApplication::focusWidget(), page->searchBox());
        // Before anything is typed: the newest customers, and what to do.
        QCOMPARE(page->results()->rowCount(), 2);
        QVERIFY(!page->card()->hasCustomer());
        QVERIFY(shot(&w, QStringLiteral("counter-start")));
    }

    void findsByNameAndOpensWithEnter()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        page.resize(1280, 720);
        QVERIFY(showActive(page));
        page.searchBox()->insert(QStringLiteral("秀英")); // typed through the input method
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.results()->rowCount(), 1);
        QCOMPARE(page.currentCustomerId(), m_li.customerId);
        // Several: the list takes the keyboard, arrows and Enter choose.
        page.searchBox()->clear();
        page.searchBox()->insert(QStringLiteral("王"));
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.currentCustomerId(), m_wang.customerId);
        // A mobile line's number finds its holder.
        page.searchBox()->setText(QStringLiteral("133 0816 1234"));
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.currentCustomerId(), m_wang.customerId);
        // Nothing found says so and how to go on.
        page.searchBox()->setText(QStringLiteral("赵六"));
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.results()->rowCount(), 0);
        QVERIFY(page.statusText().contains(QStringLiteral("Ctrl+N")));
        // ...and it is not about the customer open before: their card closes.
        QVERIFY(!page.card()->hasCustomer());
    }

    // Digits list as they are typed: the start of an ID number, the last four of a mobile
    // (contact or line), a case number.
    void digitsListAsTheyAreTyped()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        page.resize(1280, 720);
        QVERIFY(showActive(page));
        const int gap = ScanBurstFilter::MaxGapMs * 3; // typed by hand
        QTest::keyClicks(page.searchBox(), QStringLiteral("510"), Qt::NoModifier, gap);
        QTRY_COMPARE(page.statusText(),
                     CounterPage::tr("Type at least four digits: the last four of a mobile, or "
                                     "the start of an ID number."));
        QTest::keyClicks(page.searchBox(), QStringLiteral("722"), Qt::NoModifier, gap);
        QTRY_COMPARE(page.results()->rowCount(), 1);
        QCOMPARE(page.results()->customer(0).customerId, m_wang.customerId);
        QVERIFY(shot(&page, QStringLiteral("counter-digits-typed")));
        QVERIFY(!page.card()->hasCustomer()); // listed; Enter opens
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.currentCustomerId(), m_wang.customerId);

        const auto enter = [&page](const QString &text) {
            page.searchBox()->setText(text);
            QTest::keyClick(page.searchBox(), Qt::Key_Return);
            return page.currentCustomerId();
        };
        QCOMPARE(enter(QStringLiteral("8000")), m_li.customerId);   // 13800138000
        QCOMPARE(enter(QStringLiteral("1234")), m_wang.customerId); // his line 13308161234
        QCOMPARE(enter(QStringLiteral("5107")), m_li.customerId);   // two: the first opens
        QCOMPARE(page.results()->rowCount(), 2);
        QSqlQuery q(m_f->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT case_no FROM service_case")) && q.next());
        const QString caseNo = q.value(0).toString();
        QCOMPARE(enter(caseNo.left(12).toLower()), m_wang.customerId);
        QCOMPARE(enter(caseNo), m_wang.customerId);
        QVERIFY(enter(QStringLiteral("0000")).isEmpty());
        QVERIFY(shot(&page, QStringLiteral("counter-nothing-found")));
        QVERIFY(page.statusText().contains(QStringLiteral("Ctrl+N")));
    }

    // The customer has gone (the calling strip says so): the card closes, the list is the
    // newest customers again.
    void clearCustomerClosesTheCard()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        page.searchBox()->setText(QStringLiteral("王建国"));
        page.search();
        QCOMPARE(page.currentCustomerId(), m_wang.customerId);
        QSignalSpy changed(&page, &CounterPage::customerChanged);
        page.clearCustomer();
        QVERIFY(!page.card()->hasCustomer());
        QCOMPARE(changed.count(), 1);
        QVERIFY(page.searchBox()->text().isEmpty());
        QCOMPARE(page.results()->rowCount(), 2);
        QVERIFY(!page.resultsView()->currentIndex().isValid());
    }

    void idCardReaderOpensTheCustomer()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        page.searchBox()->setFocus();
        page.searchBox()->insert(QStringLiteral("李")); // the clerk had begun typing
        QSignalSpy changed(&page, &CounterPage::customerChanged);
        typeFast(page.searchBox(), CounterFixture::residentId(kWangId));
        QCOMPARE(page.currentCustomerId(), m_wang.customerId);
        QCOMPARE(page.searchBox()->text(), CounterFixture::residentId(kWangId));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().first().toString(), m_wang.customerId);
    }

    void idCardReaderRegistersANewcomer()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        typeFast(page.searchBox(), CounterFixture::residentId(kNewcomer));
        auto *dialog = dialogOf<CustomerDialog>(&page);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("idNumber"))->text(),
                 CounterFixture::residentId(kNewcomer));
        // The clerk goes on with the name, where the keyboard already is.
        QTRY_COMPARE(QApplication::focusWidget(),
                     dialog->findChild<QLineEdit *>(QStringLiteral("name")));
        qobject_cast<QLineEdit *>(QApplication::focusWidget())->insert(QStringLiteral("张桂兰"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
        const Result<Customer> added =
            CustomerService(m_f->db()).findByIdNumber(CounterFixture::residentId(kNewcomer));
        QVERIFY(added.ok());
        QCOMPARE(added->name, QStringLiteral("张桂兰"));
        QCOMPARE(page.currentCustomerId(), added->customerId);
    }

    void typedNumberIsNotAScan()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        // Typed by hand (150 ms a key): an ordinary search, no dialog opens by itself.
        QTest::keyClicks(page.searchBox(), CounterFixture::residentId(kNewcomer), Qt::NoModifier,
                         ScanBurstFilter::MaxGapMs * 3);
        QTest::keyClick(page.searchBox(), Qt::Key_Return);
        QCOMPARE(page.results()->rowCount(), 0);
        QVERIFY(page.findChild<CustomerDialog *>() == nullptr);
        QVERIFY(page.statusText().contains(QStringLiteral("Ctrl+N")));
        // Ctrl+N then registers with the number typed.
        QTest::keyClick(page.searchBox(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = dialogOf<CustomerDialog>(&page);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("idNumber"))->text(),
                 CounterFixture::residentId(kNewcomer));
        dialog->reject();
    }

    void registerRefusesADuplicate()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        page.resize(1280, 760);
        QVERIFY(showActive(page));
        QTest::keyClick(page.searchBox(), Qt::Key_N, Qt::ControlModifier);
        auto *dialog = dialogOf<CustomerDialog>(&page);
        QVERIFY(dialog);
        auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("idNumber"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("openExisting"))->isVisible());
        QTest::keyClicks(id, CounterFixture::residentId(kLiId));
        name->setText(QStringLiteral("李秀英"));
        dialog->findChild<QLineEdit *>(QStringLiteral("phone"))
            ->setText(QStringLiteral("13800138000"));
        // Said at once, while typing...
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("idHint"));
        QVERIFY(hint->text().contains(m_li.customerNo));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openExisting"))->isVisible());
        // ...and refused on saving, with nothing written.
        const qint64 events = m_f->test().eventCount();
        dialog->findChild<QPushButton *>(QStringLiteral("ok"))->click();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(m_li.customerNo), qPrintable(dialog->errorText()));
        QCOMPARE(m_f->test().eventCount(), events);
        QVERIFY(shot(dialog, QStringLiteral("counter-register-duplicate")));
        // The way out: the registered customer.
        dialog->findChild<QPushButton *>(QStringLiteral("openExisting"))->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(page.currentCustomerId(), m_li.customerId);
    }

    void editKeepsNumbersMasked()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        page.openCustomer(m_wang.customerId);
        QTest::keyClick(page.searchBox(), Qt::Key_E, Qt::ControlModifier);
        auto *dialog = dialogOf<CustomerDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(!dialog->isRegistration());
        auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("idNumber"));
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phone"));
        // Not shown in full to a clerk: empty fields that keep the numbers unless typed.
        QVERIFY(id->text().isEmpty());
        QVERIFY(id->placeholderText().contains(QStringLiteral("510722********")));
        QVERIFY(!id->placeholderText().contains(m_wang.idNumber));
        QVERIFY(phone->text().isEmpty());
        QVERIFY(phone->placeholderText().contains(QStringLiteral("139****5120")));
        dialog->findChild<QLineEdit *>(QStringLiteral("preferences"))
            ->setText(QStringLiteral("只接短信"));
        dialog->submit();
        QTRY_VERIFY(!dialog->isVisible());
        const Customer saved = CustomerService(m_f->db()).findById(m_wang.customerId).value();
        QCOMPARE(saved.preferences, QStringLiteral("只接短信"));
        QCOMPARE(saved.idNumber, m_wang.idNumber);
        QCOMPARE(saved.phone, m_wang.phone);
        QVERIFY(page.card()->headerText().contains(QStringLiteral("只接短信")));
        const Event e = EventLog::head(m_f->db().connection()).value();
        QCOMPARE(e.type, QStringLiteral("customer.updated"));
        QCOMPARE(e.dataObject().value(QLatin1String("changes")).toObject().keys(),
                 QStringList{QStringLiteral("preferences")});
    }

    void cardShowsTheCustomer()
    {
        MainWindow w(m_f->db(), CounterFixture::clerk(), m_dataDir);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *page = w.findChild<CounterPage *>();
        page->searchBox()->setText(QStringLiteral("王建国"));
        QTest::keyClick(page->searchBox(), Qt::Key_Return);
        CustomerCard *card = page->card();
        QCOMPARE(card->customer().customerId, m_wang.customerId);
        const QString header = card->headerText();
        QVERIFY2(header.contains(QStringLiteral("绿色通道")), qPrintable(header));
        QVERIFY(header.contains(QStringLiteral("长者 81 岁")));
        QVERIFY(header.contains(QStringLiteral("协议期内")));
        // Masked for a clerk: the full numbers appear nowhere on the card.
        QVERIFY(header.contains(QStringLiteral("510722********") +
                                CounterFixture::residentId(kWangId).right(4)));
        QVERIFY(!header.contains(CounterFixture::residentId(kWangId)));
        QVERIFY(header.contains(QStringLiteral("139****5120")));
        QVERIFY(header.contains(QStringLiteral("耳背")));
        QCOMPARE(card->services()->rowCount(), 2);
        QCOMPARE(card->cases()->rowCount(), 1);
        card->selectService(m_line.serviceId);
        QCOMPARE(card->history()->rowCount(), 2); // the line: opened, plan changed
        QVERIFY(card->tabs()->tabText(1).contains(QStringLiteral("1")));
        QVERIFY(shot(&w, QStringLiteral("counter-customer-open")));
        card->tabs()->setCurrentIndex(1);
        QVERIFY(shot(&w, QStringLiteral("counter-customer-open-cases")));

        // A supervisor sees the full numbers.
        CounterPage supervisor(m_f->db(), CounterFixture::supervisor());
        supervisor.openCustomer(m_wang.customerId);
        QVERIFY(supervisor.card()->headerText().contains(CounterFixture::residentId(kWangId)));
    }

    void serviceChangeWithTheContractWarning()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        page.openCustomer(m_wang.customerId);
        page.card()->selectService(m_line.serviceId);
        QTest::keyClick(page.searchBox(), Qt::Key_M, Qt::ControlModifier);
        auto *dialog = dialogOf<ServiceChangeDialog>(&page);
        QVERIFY(dialog);
        QVERIFY(dialog->isUnderContract());
        dialog->setChange(ServiceChange::Suspend);
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("contractWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("2027-06-30")));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("ok"));
        auto *confirmed = dialog->findChild<QCheckBox *>(QStringLiteral("contractConfirmed"));
        // A card read into the dialog goes to the holder's proof.
        typeFast(dialog->findChild<QLineEdit *>(QStringLiteral("note")),
                 CounterFixture::residentId(kWangId));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("proofId"))->text(),
                 CounterFixture::residentId(kWangId));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("note"))->text().isEmpty());
        // The initial password is not offered.
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("byPassword"))->isEnabled());
        // Not without the explicit confirmation.
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("note"))->setText(QStringLiteral("外出务工"));
        QVERIFY(shot(dialog, QStringLiteral("counter-service-change-contract")));
        confirmed->setChecked(true);
        QVERIFY(ok->isEnabled());
        QSignalSpy submitted(dialog, &ServiceChangeDialog::submitted);
        ok->click();
        QTRY_COMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().first().toBool(), true);
        QCOMPARE(SubscriptionService(m_f->db()).find(m_line.serviceId)->status,
                 ServiceStatus::Suspended);
        const Event e = EventLog::head(m_f->db().connection()).value();
        QCOMPARE(e.type, QStringLiteral("service.changed"));
        QCOMPARE(e.dataObject().value(QLatin1String("contract_confirmed")).toBool(), true);
        QCOMPARE(e.dataObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("外出务工"));
        QVERIFY(dialog->donePanel()->isVisible());
        QVERIFY(dialog->donePanel()->text().contains(dialog->outcome().record.formNo));
        QVERIFY(shot(dialog, QStringLiteral("counter-service-change-done")));
        dialog->donePanel()->closeButton()->click();
        QTRY_VERIFY(!dialog->isVisible());
        // The card follows: suspended, history one longer.
        QCOMPARE(page.card()->selectedService().status, ServiceStatus::Suspended);
        QCOMPARE(page.card()->history()->rowCount(), 3);
    }

    void wrongHolderIsRefused()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        page.openCustomer(m_wang.customerId);
        page.card()->selectService(m_line.serviceId);
        page.changeService();
        auto *dialog = dialogOf<ServiceChangeDialog>(&page);
        QVERIFY(dialog);
        dialog->setChange(ServiceChange::Suspend);
        dialog->findChild<QLineEdit *>(QStringLiteral("proofId"))->setText(m_li.idNumber);
        dialog->findChild<QCheckBox *>(QStringLiteral("contractConfirmed"))->setChecked(true);
        QSignalSpy submitted(dialog, &ServiceChangeDialog::submitted);
        const qint64 events = m_f->test().eventCount();
        dialog->submit();
        QTRY_COMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().first().toBool(), false);
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(m_f->test().eventCount(), events);
        QCOMPARE(SubscriptionService(m_f->db()).find(m_line.serviceId)->status,
                 ServiceStatus::Active);
        // The holder's own ID card: the refusal about the other one goes.
        dialog->findChild<QLineEdit *>(QStringLiteral("proofId"))->setText(m_wang.idNumber);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    }

    // A refusal stays only while the field it is about is unchanged.
    void customerErrorsGoWhenCorrected()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        page.registerCustomer();
        auto *dialog = dialogOf<CustomerDialog>(&page);
        QVERIFY(dialog);
        auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("idNumber"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        // No name yet: refused about the name; the ID number read meanwhile leaves it.
        dialog->submit();
        QVERIFY(error->isVisible());
        id->setText(CounterFixture::residentId(kNewcomer));
        QVERIFY(error->isVisible());
        name->setText(QStringLiteral("张桂兰"));
        QVERIFY(!error->isVisible());
        QVERIFY(dialog->errorText().isEmpty());
        // A wrong check character: refused about the number, gone once it is right.
        const QString right = CounterFixture::residentId(kNewcomer);
        id->setText(right.left(17) + (right.endsWith(QLatin1Char('1')) ? u'2' : u'1'));
        dialog->submit();
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        id->setText(right);
        QVERIFY(!error->isVisible());
        dialog->reject();
    }

    void transferToAnUnregisteredOwner()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        page.openCustomer(m_wang.customerId);
        page.card()->selectService(m_line.serviceId);
        page.changeService();
        auto *dialog = dialogOf<ServiceChangeDialog>(&page);
        QVERIFY(dialog);
        dialog->setChange(ServiceChange::Transfer);
        dialog->findChild<QLineEdit *>(QStringLiteral("proofId"))->setText(m_wang.idNumber);
        dialog->findChild<QCheckBox *>(QStringLiteral("contractConfirmed"))->setChecked(true);
        typeFast(dialog->findChild<QLineEdit *>(QStringLiteral("newOwnerId")),
                 CounterFixture::residentId(kNewcomer));
        auto *registerOwner = dialog->findChild<QPushButton *>(QStringLiteral("registerOwner"));
        QVERIFY(registerOwner->isVisible());
        registerOwner->click();
        auto *owner = dialogOf<CustomerDialog>(dialog);
        QVERIFY(owner);
        QCOMPARE(owner->findChild<QLineEdit *>(QStringLiteral("idNumber"))->text(),
                 CounterFixture::residentId(kNewcomer));
        owner->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("王小军"));
        owner->submit();
        QTRY_VERIFY(!owner->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("newOwner"))
                    ->text()
                    .contains(QStringLiteral("王小军")));
        QSignalSpy submitted(dialog, &ServiceChangeDialog::submitted);
        dialog->submit();
        QTRY_COMPARE(submitted.count(), 1);
        QVERIFY2(submitted.first().first().toBool(), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->outcome().initialPassword.size(), 6);
        QVERIFY(dialog->donePanel()->text().contains(dialog->outcome().initialPassword));
        dialog->accept();
        // The line left this customer's card.
        QTRY_COMPARE(page.card()->services()->rowCount(), 1);
    }

    void openServiceFromTheCard()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        page.openCustomer(m_li.customerId);
        QTest::keyClick(page.searchBox(), Qt::Key_O, Qt::ControlModifier);
        auto *dialog = dialogOf<OpenServiceDialog>(&page);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("number"))
            ->setText(QStringLiteral("13308169999"));
        auto *plan = dialog->findChild<QComboBox *>(QStringLiteral("plan"));
        plan->setCurrentIndex(plan->findText(QStringLiteral("29元畅享套餐")));
        // The SIM pack's barcode, scanned into the number field, lands in the SIM field.
        typeFast(dialog->findChild<QLineEdit *>(QStringLiteral("number")),
                 CounterFixture::iccid(77));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("sim"))->text(),
                 CounterFixture::iccid(77));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("number"))->text(),
                 QStringLiteral("13308169999"));
        auto *contract = dialog->findChild<QComboBox *>(QStringLiteral("contract"));
        contract->setCurrentIndex(contract->findData(24));
        QVERIFY(shot(dialog, QStringLiteral("counter-open-service")));
        QSignalSpy submitted(dialog, &OpenServiceDialog::submitted);
        dialog->submit();
        QTRY_COMPARE(submitted.count(), 1);
        QVERIFY2(submitted.first().first().toBool(), qPrintable(dialog->errorText()));
        const Subscription opened = dialog->outcome().service;
        QCOMPARE(opened.plan, QStringLiteral("29元畅享套餐"));
        QCOMPARE(opened.contractEnd, QDate(2028, 11, 23));
        QVERIFY(dialog->donePanel()->text().contains(dialog->outcome().initialPassword));
        QVERIFY(shot(dialog, QStringLiteral("counter-open-service-done")));
        dialog->accept();
        QTRY_COMPARE(page.card()->services()->rowCount(), 1);
        QCOMPARE(page.card()->selectedService().serviceId, opened.serviceId);
    }

    void partnerStaffMayNotOpen()
    {
        CounterPage page(m_f->db(), CounterFixture::partner());
        QVERIFY(showActive(page));
        page.openCustomer(m_li.customerId);
        QVERIFY(!page.card()->findChild<QPushButton *>(QStringLiteral("openService"))->isEnabled());
        QTest::keyClick(page.searchBox(), Qt::Key_O, Qt::ControlModifier);
        QTest::qWait(50);
        QVERIFY(page.findChild<OpenServiceDialog *>() == nullptr);
        QVERIFY(page.statusText().contains(QStringLiteral("进驻人员")));
    }

    void hooksForOtherAreas()
    {
        CounterPage page(m_f->db(), CounterFixture::clerk());
        QVERIFY(showActive(page));
        auto *visits = new VisitsTab;
        page.addCustomerTab(visits, QStringLiteral("Visits"));
        QCOMPARE(visits->seen, QStringList{QString()});
        page.openCustomer(m_wang.customerId);
        QCOMPARE(visits->seen.last(), m_wang.customerId);
        QCOMPARE(page.card()->tabs()->count(), 3);

        // Without the case area, no "new case"; with it, Ctrl+R and an open case open its dialogs.
        auto *newCase = page.card()->findChild<QPushButton *>(QStringLiteral("registerCase"));
        QVERIFY(newCase->isHidden());
        QStringList asked;
        page.setCaseDialogs(
            [&asked](const QString &customerId, QWidget *parent) {
                asked.append(QStringLiteral("register ") + customerId);
                return new QDialog(parent);
            },
            [&asked](const QString &caseNo, QWidget *parent) {
                asked.append(QStringLiteral("detail ") + caseNo);
                return new QDialog(parent);
            });
        QVERIFY(!newCase->isHidden());
        QTest::keyClick(page.searchBox(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(asked, QStringList{QStringLiteral("register ") + m_wang.customerId});
        const QModelIndex first = page.card()->cases()->index(0, 0);
        emit page.card()->casesView()->activated(first);
        QCOMPARE(asked.last(),
                 QStringLiteral("detail ") + first.data(CustomerCaseModel::CaseNoRole).toString());
    }
};

QTEST_MAIN(tst_CounterPage)
#include "tst_counterpage.moc"
