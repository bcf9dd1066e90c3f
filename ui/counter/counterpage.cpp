// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/counterpage.h"

#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"
#include "core/customers/customerservice.h"
#include "core/master/masterdata.h"
#include "core/storage/database.h"
#include "models/customerlistmodel.h"
#include "models/subscriptionmodel.h"
#include "ui/counter/customercard.h"
#include "ui/counter/customerdialog.h"
#include "ui/counter/openservicedialog.h"
#include "ui/counter/servicechangedialog.h"
#include "ui/printing/serviceform.h"
#include "ui/shell/headerfit.h"
#include "ui/shell/scanburstfilter.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Digits only (with the X of an ID number, and what people type in phone numbers): a
// number still being typed is not searched as a name.
bool looksLikeNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[\\d\\sXx+\\-]+$"));
    return re.match(text).hasMatch();
}

// The matter of a top-up or bill payment: done on the spot, its form takes a mobile number
// and the amount to charge (the keys of those fields).
struct TopUpMatter
{
    QString item;
    QString numberKey;
    QString amountKey;
};

TopUpMatter topUpMatter(const QSqlDatabase &db)
{
    const QList<CatalogueItem> items = MasterData::catalogue(db);
    for (const CatalogueItem &item : items) {
        if (item.mode != QLatin1String("immediate"))
            continue;
        TopUpMatter m{item.code, {}, {}};
        for (const FormField &f : item.fields) {
            if (f.charge)
                m.amountKey = f.key;
            else if (f.type == QLatin1String("phone") && m.numberKey.isEmpty())
                m.numberKey = f.key;
        }
        if (!m.amountKey.isEmpty() && !m.numberKey.isEmpty())
            return m;
    }
    return {};
}

} // namespace

CounterPage::CounterPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session),
      m_model(new CustomerListModel(db, session, this)), m_scan(new ScanBurstFilter(this)),
      m_typing(new QTimer(this)), m_search(new QLineEdit(this)),
      m_register(new QPushButton(tr("Register a customer (Ctrl+N)"), this)),
      m_status(new QLabel(this)), m_results(new QTableView(this)),
      m_card(new CustomerCard(db, session, this))
{
    setObjectName(QStringLiteral("counterPage"));
    setUpSearch();
    setUpResults();
    layOut();

    showStatus(newestCaption());
    connectSearch();
    connectCard();
    addShortcuts();
}

// The search box (also fed by the ID card reader) and the register button beside it.
void CounterPage::setUpSearch()
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("ID number, mobile, customer no. or name - or read the ID card (Ctrl+F)"));
    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.3);
    m_search->setFont(searchFont);
    m_search->setMinimumHeight(m_search->fontMetrics().height() + 18);
    m_search->installEventFilter(this);
    m_scan->watch(m_search);
    m_register->setObjectName(QStringLiteral("registerCustomer"));
    m_register->setToolTip(tr("Register a new customer with their ID card (Ctrl+N)"));
    m_register->setFocusPolicy(Qt::TabFocus);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
}

void CounterPage::setUpResults()
{
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 12);
    m_results->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_results->horizontalHeader()->setHighlightSections(false);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnWidth(CustomerListModel::NameColumn, 110);
    m_results->setColumnWidth(CustomerListModel::IdNumberColumn, 170);
    m_results->setColumnWidth(CustomerListModel::PhoneColumn, 110);
    HeaderFit::toTitles(m_results->horizontalHeader());
    // The customer number is in each row's tooltip; the card shows it too.
    m_results->setColumnHidden(CustomerListModel::CustomerNoColumn, true);
    m_results->setMinimumWidth(360);
}

// The search row on top, the status line, then the results beside the customer card.
void CounterPage::layOut()
{
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(10);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_register);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_results, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("counterSplit"));
    split->addWidget(left);
    split->addWidget(m_card);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({400, 800});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 14, 24, 16);
    layout->setSpacing(8);
    layout->addLayout(searchRow);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
}

// Searching while typing (after a pause), on Enter and on a card read; the result chosen
// opens on the card.
void CounterPage::connectSearch()
{
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &CounterPage::showMatches);
    connect(m_search, &QLineEdit::textEdited, this, &CounterPage::searchSoon);
    connect(m_search, &QLineEdit::returnPressed, this, &CounterPage::search);
    connect(m_scan, &ScanBurstFilter::scanned, this,
            [this](const QString &text, QLineEdit *) { idCardRead(text); });
    connect(m_register, &QPushButton::clicked, this, [this] { registerCustomer(); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openCustomer(current.data(CustomerListModel::CustomerIdRole).toString());
            });
    connect(m_results, &QTableView::activated, this, &CounterPage::resultActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The open customer stays open while the list changes under it.
        const int row = m_model->rowOf(currentCustomerId());
        if (row >= 0) {
            const QSignalBlocker block(m_results->selectionModel());
            m_results->selectRow(row);
        }
    });
}

void CounterPage::connectCard()
{
    connect(m_card, &CustomerCard::editRequested, this, &CounterPage::editCustomer);
    connect(m_card, &CustomerCard::openServiceRequested, this, &CounterPage::openService);
    connect(m_card, &CustomerCard::changeServiceRequested, this, &CounterPage::changeService);
    connect(m_card, &CustomerCard::printFormRequested, this, &CounterPage::printForm);
    connect(m_card, &CustomerCard::registerCaseRequested, this, &CounterPage::registerCase);
    connect(m_card, &CustomerCard::topUpRequested, this, &CounterPage::topUp);
    connect(m_card, &CustomerCard::caseActivated, this, &CounterPage::openCase);
}

void CounterPage::addShortcuts()
{
    const auto key = [this](const QKeySequence &sequence, auto slot) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_F), &CounterPage::focusSearch);
    key(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { registerCustomer(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_E), &CounterPage::editCustomer);
    key(QKeySequence(Qt::CTRL | Qt::Key_O), &CounterPage::openService);
    key(QKeySequence(Qt::CTRL | Qt::Key_M), &CounterPage::changeService);
    key(QKeySequence(Qt::CTRL | Qt::Key_R), &CounterPage::registerCase);
    key(QKeySequence(Qt::CTRL | Qt::Key_P), &CounterPage::printForm);
    key(QKeySequence(Qt::Key_F10), &CounterPage::topUp);
}

void CounterPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The clerk starts by finding the customer: the search box has the keyboard.
    QTimer::singleShot(0, this, &CounterPage::focusSearch);
}

bool CounterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                m_results->selectRow(0);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            searchSoon();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CounterPage::addCustomerTab(QWidget *tab, const QString &title)
{
    m_card->tabs()->addTab(tab, title);
    const int index = tab->metaObject()->indexOfSlot("setCustomerId(QString)");
    if (index < 0)
        return;
    const QMetaMethod slot = tab->metaObject()->method(index);
    connect(this, QMetaMethod::fromSignal(&CounterPage::customerChanged), tab, slot);
    slot.invoke(tab, Q_ARG(QString, currentCustomerId()));
}

void CounterPage::setCaseDialogs(DialogFactory registerCase, DialogFactory caseDetail)
{
    m_registerCase = std::move(registerCase);
    m_caseDetail = std::move(caseDetail);
    m_card->setCaseRegistrationAvailable(bool(m_registerCase));
}

QString CounterPage::currentCustomerId() const
{
    return m_card->customer().customerId;
}

QString CounterPage::statusText() const
{
    return m_status->text();
}

void CounterPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #9c3d00; font-weight: bold;")
                                    : QStringLiteral("color: #4a5568;"));
    m_status->setVisible(!text.isEmpty());
}

QString CounterPage::newestCaption()
{
    return tr("The customers registered last. Type or read an ID card to search.");
}

void CounterPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CounterPage::clearCustomer()
{
    m_typing->stop();
    openCustomer(QString()); // first: the list below must not select them again
    m_search->clear();
    m_model->setSearchText(QString());
    showStatus(newestCaption());
}

void CounterPage::searchSoon()
{
    const QString text = m_search->text().trimmed();
    m_typing->stop();
    if (text.isEmpty()) {
        m_model->setSearchText(QString());
        showStatus(newestCaption());
        return;
    }
    // A name is searched as it is typed, a number from its fourth digit on: fewer digits
    // would list half the branch.
    if (looksLikeNumber(text) && !IdNumber::parse(text) && !MobileNumber::parse(text) &&
        !CustomerService::isPartialNumber(text)) {
        showStatus(tr("Type at least four digits: the last four of a mobile, or the start of "
                      "an ID number."));
        return;
    }
    m_typing->start();
}

// What the box holds after a pause in typing: the list follows, the card stays.
void CounterPage::showMatches()
{
    const QString text = m_search->text().trimmed();
    m_model->setSearchText(text);
    if (text.isEmpty())
        showStatus(newestCaption());
    else if (m_model->rowCount() == 0)
        foundNothing(text);
    else
        showStatus(foundText());
}

void CounterPage::search()
{
    m_typing->stop();
    const QString text = m_search->text().trimmed();
    m_model->setSearchText(text);
    const int found = m_model->rowCount();
    if (text.isEmpty()) {
        showStatus(newestCaption());
        return;
    }
    if (found == 0) {
        foundNothing(text);
        return;
    }
    showStatus(foundText());
    m_results->selectRow(0);
    if (found == 1) {
        resultActivated();
    } else {
        m_results->setFocus();
    }
}

// No match: the card of whoever was open before closes, so that "not found" is not read
// as being about them.
void CounterPage::foundNothing(const QString &text)
{
    openCustomer(QString());
    const bool isId = IdNumber::parse(text).ok();
    showStatus(isId ? tr("No customer has the ID number %1. Press Ctrl+N to register them.")
                          .arg(IdNumber::mask(IdNumber::parse(text)->value()))
                    : tr("No customer found for \"%1\". Check what you typed, or press Ctrl+N "
                         "to register a new customer.")
                          .arg(text),
               true);
}

// How many the list holds, when there is a choice to make.
QString CounterPage::foundText() const
{
    const int found = m_model->rowCount();
    if (m_model->moreMatches()) {
        return tr("The first %1 customers that match: type more digits to narrow the list.")
            .arg(found);
    }
    if (found < 2)
        return QString();
    return tr("%1%2 customers found: choose with the arrow keys and Enter.")
        .arg(found)
        .arg(m_model->canFetchMore(QModelIndex()) ? QStringLiteral("+") : QString());
}

// What an ID-card reader typed into the search box: the customer, or a new registration.
void CounterPage::idCardRead(const QString &text)
{
    const Result<IdNumber> id = IdNumber::parse(text);
    m_search->setText(id ? id->value() : text.trimmed());
    search();
    if (id && m_model->rowCount() == 0)
        registerCustomer(id->value());
}

void CounterPage::resultActivated()
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid())
        return;
    openCustomer(current.data(CustomerListModel::CustomerIdRole).toString());
    m_card->servicesView()->setFocus();
}

void CounterPage::openCustomer(const QString &customerId)
{
    const QString before = currentCustomerId();
    m_card->showCustomer(customerId);
    if (currentCustomerId() != before)
        emit customerChanged(currentCustomerId());
}

QDialog *CounterPage::prepare(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CounterPage::registerCustomer(const QString &idNumber)
{
    auto *dialog = new CustomerDialog(m_db, m_session, window());
    QString prefill = idNumber;
    if (prefill.isEmpty()) {
        if (const Result<IdNumber> typed = IdNumber::parse(m_search->text()))
            prefill = typed->value();
    }
    if (!prefill.isEmpty())
        dialog->setIdNumber(prefill);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Customer c = dialog->customer();
        m_search->setText(c.customerNo);
        search();
        openCustomer(c.customerId);
        if (!dialog->choseExisting())
            showStatus(tr("%1 is registered as customer %2.").arg(c.name, c.customerNo));
    });
    connect(dialog, &QDialog::finished, this, [this] { m_card->servicesView()->setFocus(); });
    prepare(dialog);
}

void CounterPage::editCustomer()
{
    if (!m_card->hasCustomer())
        return;
    auto *dialog = new CustomerDialog(m_db, m_session, m_card->customer(), window());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->choseExisting())
            openCustomer(dialog->customer().customerId);
        else
            m_card->showCustomer(dialog->customer().customerId);
    });
    prepare(dialog);
}

void CounterPage::openService()
{
    if (!m_card->hasCustomer())
        return;
    if (!m_session.can(Permission::OpenAccount)) {
        showStatus(tr("Partner staff may not open services: ask a clerk of the hall."), true);
        return;
    }
    auto *dialog = new OpenServiceDialog(m_db, m_session, m_card->customer(), window());
    connect(dialog, &OpenServiceDialog::submitted, this, [this, dialog](bool ok) {
        if (ok)
            m_card->selectService(dialog->outcome().service.serviceId);
    });
    prepare(dialog);
}

void CounterPage::changeService()
{
    const Subscription service = m_card->selectedService();
    if (!m_card->hasCustomer() || service.serviceId.isEmpty())
        return;
    if (!service.isLive()) {
        showStatus(tr("%1 is cancelled: nothing more can be changed. Choose another service.")
                       .arg(service.number),
                   true);
        return;
    }
    // The change most likely wanted: resume a suspended line, otherwise a plan change.
    const ServiceChange likely =
        service.status == ServiceStatus::Suspended ? ServiceChange::Resume : ServiceChange::Plan;
    auto *dialog = new ServiceChangeDialog(m_db, m_session, service, likely, window());
    connect(dialog, &ServiceChangeDialog::registerNewOwnerRequested, this,
            [this, dialog](const QString &idNumber) {
                auto *owner = new CustomerDialog(m_db, m_session, dialog);
                owner->setIdNumber(idNumber);
                connect(owner, &QDialog::accepted, dialog, [dialog, owner] {
                    dialog->newOwnerRegistered(owner->customer().idNumber);
                });
                prepare(owner);
            });
    connect(dialog, &ServiceChangeDialog::submitted, this, [this, dialog](bool ok) {
        if (!ok)
            return;
        // A transfer takes the service away from this customer's list.
        m_card->showCustomer(currentCustomerId());
        m_card->selectService(dialog->outcome().service.serviceId);
    });
    prepare(dialog);
}

void CounterPage::printForm()
{
    const QString changeId = m_card->selectedChangeId();
    if (!changeId.isEmpty())
        ServiceForm::preview(m_db, m_session, changeId, window());
}

void CounterPage::registerCase()
{
    if (!m_registerCase || !m_card->hasCustomer())
        return;
    if (QDialog *dialog = m_registerCase(currentCustomerId(), window()))
        prepare(dialog);
}

void CounterPage::openCase(const QString &caseNo)
{
    if (!m_caseDetail || caseNo.isEmpty())
        return;
    if (QDialog *dialog = m_caseDetail(caseNo, window()))
        prepare(dialog);
}

void CounterPage::topUp()
{
    if (!m_registerCase || !m_card->hasCustomer())
        return;
    const TopUpMatter matter = topUpMatter(m_db.connection());
    if (matter.item.isEmpty()) {
        showStatus(tr("The catalogue has no top-up or bill payment matter: register the case "
                      "with Ctrl+R."),
                   true);
        return;
    }
    QDialog *dialog = m_registerCase(currentCustomerId(), window());
    if (!dialog)
        return;
    // The dialog fills in the customer's mobile; the keyboard is at the amount (or at the
    // number, when the customer has no mobile line).
    QMetaObject::invokeMethod(dialog, "prefill", Q_ARG(QString, matter.item),
                              Q_ARG(QVariantMap, QVariantMap()), Q_ARG(QString, QString()));
    prepare(dialog);
}
