// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/customercard.h"

#include "core/common/businessday.h"
#include "core/common/idnumber.h"
#include "core/common/masking.h"
#include "core/customers/customerservice.h"
#include "core/storage/database.h"
#include "models/customercasemodel.h"
#include "models/servicehistorymodel.h"
#include "models/subscriptionmodel.h"
#include "ui/shell/headerfit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// Age from which the card points out an elderly customer (green channel, DOMAIN rule 15).
constexpr int ElderlyAge = 65;

QTableView *table(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString badge(const QString &text, const char *background, const char *colour)
{
    return QStringLiteral("<span style=\"background-color: %2; color: %3;\">&nbsp;%1&nbsp;</span>")
        .arg(text.toHtmlEscaped(), QLatin1String(background), QLatin1String(colour));
}

QPushButton *button(const QString &text, const QString &objectName, const QString &tip,
                    QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

} // namespace

CustomerCard::CustomerCard(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_services(new SubscriptionModel(db, this)),
      m_history(new ServiceHistoryModel(db, this)), m_cases(new CustomerCaseModel(db, this)),
      m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("customerCard"));
    m_pages->addWidget(buildHint());
    m_pages->addWidget(buildCard());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(&db, &Database::changed, this, [this](const QStringList &tables) {
        if (hasCustomer() && (tables.contains(QStringLiteral("customer")) ||
                              tables.contains(QStringLiteral("subscription"))))
            refreshHeader();
    });
    connect(m_services, &QAbstractItemModel::modelReset, this, [this] {
        // Keep a service selected, so F7 and the history always have one.
        if (m_services->rowCount() > 0 && !m_servicesView->selectionModel()->hasSelection())
            m_servicesView->selectRow(0);
        serviceSelected();
    });
    connect(m_servicesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerCard::serviceSelected);
    connect(m_cases, &QAbstractItemModel::modelReset, this, &CustomerCard::updateButtons);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerCard::updateButtons);
    connect(m_servicesView, &QTableView::activated, this, &CustomerCard::changeServiceRequested);
    connect(m_casesView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit caseActivated(index.data(CustomerCaseModel::CaseNoRole).toString());
    });
    connect(m_historyView, &QTableView::activated, this, &CustomerCard::printFormRequested);
}

QWidget *CustomerCard::buildHint()
{
    auto *hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("cardHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5a6b82; font-size: 13pt;"));
    hint->setText(tr("Read the ID card, or type an ID number, mobile, customer number or name "
                     "into the search box (Ctrl+F).\n\nCtrl+N registers a new customer."));
    return hint;
}

QWidget *CustomerCard::buildCard()
{
    auto *card = new QWidget(this);
    QHBoxLayout *nameRow = buildNameRow(card);
    QWidget *servicesTab = buildServicesTab(card);
    QWidget *casesTab = buildCasesTab(card);

    m_tabs = new QTabWidget(card);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_tabs->addTab(servicesTab, tr("Services"));
    m_tabs->addTab(casesTab, tr("Open cases"));

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(nameRow);
    layout->addWidget(m_details);
    layout->addWidget(m_remarks);
    layout->addWidget(m_tabs, 1);
    return card;
}

// The name with its badges and the edit button; the details and remarks go below it.
QHBoxLayout *CustomerCard::buildNameRow(QWidget *card)
{
    m_name = new QLabel(card);
    m_name->setObjectName(QStringLiteral("cardName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_badges = new QLabel(card);
    m_badges->setObjectName(QStringLiteral("cardBadges"));
    m_badges->setTextFormat(Qt::RichText);
    m_details = new QLabel(card);
    m_details->setObjectName(QStringLiteral("cardDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remarks = new QLabel(card);
    m_remarks->setObjectName(QStringLiteral("cardRemarks"));
    m_remarks->setWordWrap(true);
    m_remarks->setStyleSheet(QStringLiteral("background: #fffbea; border: 1px solid #eedc9a; "
                                            "border-radius: 6px; padding: 6px 10px;"));
    m_edit = button(tr("Edit customer (Ctrl+E)"), QStringLiteral("editCustomer"),
                    tr("Correct the customer's details (Ctrl+E)"), card);
    connect(m_edit, &QPushButton::clicked, this, &CustomerCard::editRequested);

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(12);
    nameRow->addWidget(m_name);
    nameRow->addWidget(m_badges);
    nameRow->addStretch();
    nameRow->addWidget(m_edit);
    return nameRow;
}

// Services: the list, its buttons, and the selected service's history below.
QWidget *CustomerCard::buildServicesTab(QWidget *card)
{
    auto *servicesTab = new QWidget(card);
    m_servicesView = table(QStringLiteral("servicesView"), servicesTab);
    m_servicesView->setModel(m_services);
    m_servicesView->setColumnWidth(SubscriptionModel::NumberColumn, 125);
    m_servicesView->setColumnWidth(SubscriptionModel::PlanColumn, 150);
    m_servicesView->setColumnWidth(SubscriptionModel::ContractColumn, 115);
    for (const int column :
         {int(SubscriptionModel::KindColumn), int(SubscriptionModel::StatusColumn)})
        m_servicesView->horizontalHeader()->setSectionResizeMode(column,
                                                                 QHeaderView::ResizeToContents);
    HeaderFit::toTitles(m_servicesView->horizontalHeader());
    m_historyView = table(QStringLiteral("historyView"), servicesTab);
    m_historyView->setModel(m_history);
    m_historyView->setColumnWidth(ServiceHistoryModel::AtColumn, 135);
    m_historyView->setColumnWidth(ServiceHistoryModel::ChangeColumn, 95);
    m_historyView->setColumnWidth(ServiceHistoryModel::DetailsColumn, 300);
    m_historyView->horizontalHeader()->setSectionResizeMode(ServiceHistoryModel::StaffColumn,
                                                            QHeaderView::ResizeToContents);
    HeaderFit::toTitles(m_historyView->horizontalHeader());
    QHBoxLayout *serviceButtons = buildServiceButtons(servicesTab);
    QSplitter *split = buildServiceSplit(servicesTab);
    auto *servicesLayout = new QVBoxLayout(servicesTab);
    servicesLayout->setContentsMargins(8, 8, 8, 8);
    servicesLayout->addLayout(serviceButtons);
    servicesLayout->addWidget(split, 1);
    return servicesTab;
}

// Open and change above the list; print the form is created here too and sits with the
// history (see buildServiceSplit()).
QHBoxLayout *CustomerCard::buildServiceButtons(QWidget *servicesTab)
{
    m_openService =
        button(tr("Open a service (Ctrl+O)"), QStringLiteral("openService"),
               tr("Open a new line or account for this customer (Ctrl+O)"), servicesTab);
    m_changeService = button(tr("Change the service (Ctrl+M)"), QStringLiteral("changeService"),
                             tr("Plan, suspend, resume, transfer, SIM, long distance, password, "
                                "cancel (Ctrl+M)"),
                             servicesTab);
    m_printForm = button(tr("Print the form (Ctrl+P)"), QStringLiteral("printHistoryForm"),
                         tr("Print the selected change's form again (Ctrl+P)"), servicesTab);
    m_topUp = button(tr("Top-up / pay a bill (F10)"), QStringLiteral("topUp"),
                     tr("Top up or pay the bill of the customer's mobile: the number is filled "
                        "in, type the amount, Enter registers and takes the payment (F10)"),
                     servicesTab);
    m_topUp->hide();
    connect(m_topUp, &QPushButton::clicked, this, &CustomerCard::topUpRequested);
    if (!m_session.can(Permission::OpenAccount)) {
        m_openService->setEnabled(false);
        m_openService->setToolTip(tr("Partner staff may not open services."));
    }
    connect(m_openService, &QPushButton::clicked, this, &CustomerCard::openServiceRequested);
    connect(m_changeService, &QPushButton::clicked, this, &CustomerCard::changeServiceRequested);
    connect(m_printForm, &QPushButton::clicked, this, &CustomerCard::printFormRequested);
    auto *serviceButtons = new QHBoxLayout;
    serviceButtons->addWidget(m_openService);
    serviceButtons->addWidget(m_changeService);
    serviceButtons->addWidget(m_topUp);
    serviceButtons->addStretch();
    return serviceButtons;
}

// The services list above, the selected service's history with its print button below.
QSplitter *CustomerCard::buildServiceSplit(QWidget *servicesTab)
{
    auto *historyTitle = new QLabel(tr("History of the selected service"), servicesTab);
    historyTitle->setStyleSheet(QStringLiteral("font-weight: bold; color: #34495e;"));
    auto *historyButtons = new QHBoxLayout;
    historyButtons->addWidget(historyTitle);
    historyButtons->addStretch();
    historyButtons->addWidget(m_printForm);
    auto *split = new QSplitter(Qt::Vertical, servicesTab);
    split->addWidget(m_servicesView);
    auto *historyBox = new QWidget(split);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 6, 0, 0);
    historyLayout->addLayout(historyButtons);
    historyLayout->addWidget(m_historyView);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

// Open cases.
QWidget *CustomerCard::buildCasesTab(QWidget *card)
{
    auto *casesTab = new QWidget(card);
    m_casesView = table(QStringLiteral("casesView"), casesTab);
    m_casesView->setModel(m_cases);
    m_casesView->setColumnWidth(CustomerCaseModel::CaseNoColumn, 200);
    m_casesView->setColumnWidth(CustomerCaseModel::ItemColumn, 220);
    m_casesView->setColumnWidth(CustomerCaseModel::RegisteredColumn, 110);
    m_casesView->horizontalHeader()->setSectionResizeMode(CustomerCaseModel::StatusColumn,
                                                          QHeaderView::ResizeToContents);
    HeaderFit::toTitles(m_casesView->horizontalHeader());
    m_registerCase = button(tr("New case (Ctrl+R)"), QStringLiteral("registerCase"),
                            tr("Register a case for this customer (Ctrl+R)"), casesTab);
    m_registerCase->hide();
    connect(m_registerCase, &QPushButton::clicked, this, &CustomerCard::registerCaseRequested);
    auto *caseButtons = new QHBoxLayout;
    caseButtons->addWidget(m_registerCase);
    caseButtons->addStretch();
    auto *casesLayout = new QVBoxLayout(casesTab);
    casesLayout->setContentsMargins(8, 8, 8, 8);
    casesLayout->addLayout(caseButtons);
    casesLayout->addWidget(m_casesView, 1);
    return casesTab;
}

void CustomerCard::showCustomer(const QString &customerId)
{
    const Result<Customer> found = customerId.isEmpty()
                                       ? Result<Customer>(Error())
                                       : CustomerService(m_db).findById(customerId);
    const bool same = found && found->customerId == m_customer.customerId;
    m_customer = found ? found.value() : Customer();
    m_pages->setCurrentIndex(found ? 1 : 0);
    if (!found) {
        m_services->setCustomerId(QString());
        m_cases->setCustomerId(QString());
        m_history->setServiceId(QString());
        return;
    }
    refreshHeader();
    if (!same) {
        m_services->setCustomerId(m_customer.customerId);
        m_cases->setCustomerId(m_customer.customerId);
    }
    updateButtons();
}

void CustomerCard::refreshHeader()
{
    if (const Result<Customer> fresh = CustomerService(m_db).findById(m_customer.customerId))
        m_customer = fresh.value();
    const Customer &c = m_customer;
    m_name->setText(c.name);

    QStringList badges;
    if (c.vip)
        badges.append(badge(tr("Green channel"), "#1d7a35", "#ffffff"));
    if (c.idType == Customer::residentId()) {
        if (const Result<IdNumber> id = IdNumber::parse(c.idNumber)) {
            const QDate today = BusinessDay::today();
            const QDate born = id->birthDate();
            int age = today.year() - born.year();
            if (QDate(today.year(), born.month(), born.day()) > today)
                --age;
            if (age >= ElderlyAge)
                badges.append(badge(tr("Elderly, %1").arg(age), "#a35b00", "#ffffff"));
        }
    }
    if (m_services->customerId() == c.customerId) {
        bool contract = false;
        for (int row = 0; row < m_services->rowCount(); ++row)
            contract =
                contract ||
                m_services->index(row, 0).data(SubscriptionModel::UnderContractRole).toBool();
        if (contract)
            badges.append(badge(tr("Under contract"), "#c0392b", "#ffffff"));
    }
    m_badges->setText(badges.join(QStringLiteral("&nbsp;&nbsp;")));

    QString idType = tr("Resident ID");
    if (c.idType == Customer::passport())
        idType = tr("Passport");
    else if (c.idType == Customer::other())
        idType = tr("Other document");
    QStringList details;
    details.append(QStringLiteral("%1 %2").arg(idType, Masking::idNumber(m_session, c.idNumber)));
    details.append(
        tr("Mobile %1").arg(c.phone.isEmpty() ? tr("none") : Masking::phone(m_session, c.phone)));
    details.append(tr("Customer no. %1").arg(c.customerNo));
    QString text = details.join(QStringLiteral("    "));
    if (!c.address.isEmpty())
        text += QLatin1Char('\n') + tr("Address: %1").arg(c.address);
    m_details->setText(text);

    QStringList remarks;
    if (!c.preferences.isEmpty())
        remarks.append(tr("Preferences: %1").arg(c.preferences));
    if (!c.notes.isEmpty())
        remarks.append(tr("Notes: %1").arg(c.notes));
    m_remarks->setText(remarks.join(QLatin1Char('\n')));
    m_remarks->setVisible(!remarks.isEmpty());
}

QString CustomerCard::headerText() const
{
    if (!hasCustomer())
        return QString();
    QString badges = m_badges->text();
    badges.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    badges.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return m_name->text() + QLatin1Char(' ') + badges.simplified() + QLatin1Char('\n') +
           m_details->text() + QLatin1Char('\n') + m_remarks->text();
}

void CustomerCard::serviceSelected()
{
    const Subscription s = selectedService();
    if (s.serviceId != m_history->serviceId())
        m_history->setServiceId(s.serviceId);
    if (m_history->rowCount() > 0 && !m_historyView->selectionModel()->hasSelection())
        m_historyView->selectRow(0);
    refreshHeader(); // the contract badge follows the services
    updateButtons();
}

Subscription CustomerCard::selectedService() const
{
    if (m_services->rowCount() == 0)
        return Subscription();
    const QModelIndexList rows = m_servicesView->selectionModel()->selectedRows();
    return m_services->subscription(rows.isEmpty() ? 0 : rows.first().row());
}

void CustomerCard::selectService(const QString &serviceId)
{
    const int row = m_services->rowOf(serviceId);
    if (row >= 0)
        m_servicesView->selectRow(row);
}

QString CustomerCard::selectedChangeId() const
{
    if (m_history->rowCount() == 0)
        return QString();
    const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
    return m_history->record(rows.isEmpty() ? 0 : rows.first().row()).changeId;
}

QString CustomerCard::selectedCaseNo() const
{
    const QModelIndexList rows = m_casesView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CustomerCaseModel::CaseNoRole).toString();
}

void CustomerCard::setCaseRegistrationAvailable(bool available)
{
    m_caseRegistration = available;
    m_registerCase->setVisible(available);
    m_topUp->setVisible(available);
}

void CustomerCard::updateButtons()
{
    const bool open = hasCustomer();
    m_edit->setEnabled(open);
    m_openService->setEnabled(open && m_session.can(Permission::OpenAccount));
    m_changeService->setEnabled(open && m_services->rowCount() > 0);
    m_printForm->setEnabled(m_history->rowCount() > 0);
    m_registerCase->setEnabled(open && m_caseRegistration);
    m_topUp->setEnabled(open && m_caseRegistration);
    // The count of what is fetched; "20+" while there are more than one page.
    const QModelIndex root;
    m_tabs->setTabText(1,
                       tr("Open cases (%1)")
                           .arg(QString::number(m_cases->rowCount()) +
                                (m_cases->canFetchMore(root) ? QStringLiteral("+") : QString())));
}
